package org.civicatlas.admin.signin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.civicatlas.admin.user.Passwords;
import org.civicatlas.admin.user.Role;
import org.civicatlas.admin.user.UserAccounts;
import org.civicatlas.admin.user.UserRuleException;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's own password; the only admin page open while a one-time password is in
 * use.
 */
@Controller
@RequestMapping("/admin/password")
class PasswordController {

	private final UserAccounts accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	@ModelAttribute("minLength")
	int minLength() {
		return Passwords.MIN_LENGTH;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "admin/password";
	}

	@PostMapping
	String update(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !form.confirmed()) {
			result.rejectValue("confirmation", "admin.password.mismatch");
		}
		if (result.hasErrors()) {
			return "admin/password";
		}
		try {
			Role role = accounts.changeOwnPassword(authentication.getName(), form.currentPassword(),
					form.newPassword());
			signInAgain(authentication, role, request, response);
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("admin.password.changed"));
			return "redirect:/admin";
		}
		catch (UserRuleException ex) {
			result.rejectValue(ex.getField(), ex.getCode());
			return "admin/password";
		}
	}

	/**
	 * The session's sign-in loses its "password expired" mark without signing in again.
	 */
	private void signInAgain(Authentication old, Role role, HttpServletRequest request, HttpServletResponse response) {
		UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken
			.authenticated(old.getPrincipal(), null, List.of(new SimpleGrantedAuthority(role.authority())));
		renewed.setDetails(old.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(renewed);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
