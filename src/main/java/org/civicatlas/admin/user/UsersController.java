package org.civicatlas.admin.user;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.civicatlas.editing.FieldChange;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.editing.WholeForm;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	UsersController(UserAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	// only what each form shows can be bound: a crafted request cannot set, say, a
	// password hash
	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
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
		model.addAttribute("form", NewUserForm.empty());
		return "admin/users/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/users/new";
		}
		try {
			UserAccounts.Created created = accounts.create(form);
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("admin.users.created"));
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
		model.addAttribute("form", UserAccessForm.of(user));
		return "admin/users/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @WholeForm @ModelAttribute("form") UserAccessForm form,
			BindingResult result, Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		model.addAttribute("user", accounts.find(id));
		if (result.hasErrors()) {
			return "admin/users/edit";
		}
		try {
			accounts.update(id, form, principal.getName());
		}
		catch (UserRuleException ex) {
			result.rejectValue(ex.getField(), ex.getCode());
			return "admin/users/edit";
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return conflict(accounts.find(id), form, locale, model);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("admin.users.saved"));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		try {
			UserAccounts.Created reset = accounts.resetPassword(id, version);
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("admin.users.passwordReset"));
			redirect.addFlashAttribute("generatedPassword", reset.generatedPassword());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("admin.conflict.retry"));
		}
		return "redirect:/admin/users/" + id;
	}

	/**
	 * The form again, with the administrator's values on top of the current version and
	 * what differs.
	 */
	private String conflict(UserView current, UserAccessForm yours, Locale locale, Model model) {
		model.addAttribute("user", current);
		model.addAttribute("changes",
				FieldChange.differences(fields(UserAccessForm.of(current), locale), fields(yours, locale)));
		model.addAttribute("form", yours.withVersion(current.version()));
		return "admin/users/edit";
	}

	/** The fields as the conflict view compares them, by label key, in words. */
	private Map<String, String> fields(UserAccessForm form, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.user.role", messages.getMessage("admin.role." + form.role(), null, locale));
		fields.put("admin.user.status",
				messages.getMessage(form.enabled() ? "admin.user.enabled.yes" : "admin.user.enabled.no", null, locale));
		return fields;
	}

}
