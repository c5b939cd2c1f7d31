package org.civicatlas.admin.signin;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST to the same address. */
@Controller
class SignInController {

	@GetMapping("/admin/login")
	String show(@RequestParam(required = false) String error, HttpSession session, Authentication authentication,
			Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/admin";
		}
		if (error != null) {
			// a throttled attempt says how long to wait; any other failure says only that
			// it failed,
			// so that nobody learns which usernames exist or are disabled
			Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			if (failure instanceof SignInThrottledException throttled) {
				model.addAttribute("throttledMinutes", throttled.getMinutes());
			}
			else {
				model.addAttribute("failed", true);
			}
		}
		return "admin/login";
	}

}
