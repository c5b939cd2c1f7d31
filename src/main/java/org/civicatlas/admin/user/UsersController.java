package org.civicatlas.admin.user;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User management, for administrators only (see {@code SecurityConfiguration}). */
@Controller
@RequestMapping("/admin/users")
class UsersController {

	private final UserAccounts accounts;

	UsersController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	// only what each form shows can be bound: a crafted request cannot set, say, a password hash
	@InitBinder("newUser")
	void newUserFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "role", "password");
	}

	@InitBinder("access")
	void accessFields(WebDataBinder binder) {
		binder.setAllowedFields("role", "enabled", "version");
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", accounts.list());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("newUser", NewUserForm.empty());
		return "admin/users/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("newUser") NewUserForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/users/new";
		}
		try {
			UserAccounts.Created created = accounts.create(form);
			redirect.addFlashAttribute("message", "admin.users.created");
			redirect.addFlashAttribute("generatedPassword", created.generatedPassword());
			return "redirect:/admin/users/" + created.user().id();
		}
		catch (UserRuleException ex) {
			result.rejectValue(ex.getField(), ex.getCode());
			return "admin/users/new";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		UserView user = accounts.find(id);
		model.addAttribute("user", user);
		model.addAttribute("access", UserAccessForm.of(user));
		return "admin/users/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("access") UserAccessForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		model.addAttribute("user", accounts.find(id));
		if (result.hasErrors()) {
			return "admin/users/edit";
		}
		try {
			accounts.update(id, form, principal.getName());
			redirect.addFlashAttribute("message", "admin.users.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (UserRuleException ex) {
			result.rejectValue(ex.getField(), ex.getCode());
			return "admin/users/edit";
		}
		catch (StaleUserException ex) {
			return conflict(ex.getCurrent(), form, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return conflict(accounts.find(id), form, model);
		}
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		try {
			UserAccounts.Created reset = accounts.resetPassword(id, version);
			redirect.addFlashAttribute("message", "admin.users.passwordReset");
			redirect.addFlashAttribute("generatedPassword", reset.generatedPassword());
		}
		catch (StaleUserException ex) {
			redirect.addFlashAttribute("error", "admin.conflict.retry");
		}
		return "redirect:/admin/users/" + id;
	}

	/**
	 * Someone saved this user after the form was loaded: show what is saved now next to what was
	 * submitted, with the current version, so that saving again applies the submitted values on purpose.
	 */
	private String conflict(UserView current, UserAccessForm submitted, Model model) {
		model.addAttribute("user", current);
		model.addAttribute("conflict", submitted);
		model.addAttribute("access", new UserAccessForm(submitted.role(), submitted.enabled(), current.version()));
		return "admin/users/edit";
	}

}
