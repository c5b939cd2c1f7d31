package org.civicatlas.program.admin;

import jakarta.validation.Valid;
import org.civicatlas.editing.FieldChange;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.PlaceChoices;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.system.PublicationStatus;

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

/** The editors' list of programs, the program form (new and existing) and deleting a program. */
@Controller
@RequestMapping("/admin/programs")
class ProgramAdminController {

	private final ProgramAdminQueries queries;

	private final ProgramRules rules;

	private final ProgramEditor editor;

	private final PlaceChoices places;

	ProgramAdminController(ProgramAdminQueries queries, ProgramRules rules, ProgramEditor editor, PlaceChoices places) {
		this.queries = queries;
		this.rules = rules;
		this.editor = editor;
		this.places = places;
	}

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) PublicationStatus status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("programs", queries.list(q, status, page));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", PublicationStatus.values());
		return "admin/programs/list";
	}

	@GetMapping("/new")
	String add(Model model) {
		model.addAttribute("form", ProgramForm.empty());
		return form(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ProgramForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Forms.requireBuilt(form);
		rules.check(form, null, errors);
		if (errors.hasErrors()) {
			return form(null, model);
		}
		long id = editor.create(form);
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("editing.created"));
		return "redirect:/admin/programs/" + id + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ProgramAdminQueries.Edited current = queries.edited(id);
		model.addAttribute("form", current.form());
		return form(current, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgramForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ProgramAdminQueries.Edited current = queries.edited(id);
		Forms.requireBuilt(form);
		rules.check(form, current.form().status(), errors);
		if (errors.hasErrors()) {
			return form(current, model);
		}
		try {
			editor.update(id, form);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return conflict(id, form, model);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("editing.saved"));
		return "redirect:/admin/programs/" + id + "/edit";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("program", queries.edited(id));
		return "admin/programs/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		if (queries.edited(id).mergedFrom() > 0) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("editing.program.delete.mergedFrom"));
			return "redirect:/admin/programs/" + id + "/delete";
		}
		try {
			editor.delete(id, version);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("editing.deleteStale"));
			return "redirect:/admin/programs/" + id + "/delete";
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("editing.deleted"));
		return "redirect:/admin/programs";
	}

	/** The form again, with the editor's values on top of the current version and what differs. */
	private String conflict(long id, ProgramForm yours, Model model) {
		ProgramAdminQueries.Edited current = queries.edited(id);
		model.addAttribute("changes", FieldChange.differences(current.form().fields(), yours.fields()));
		model.addAttribute("form", yours.withVersion(current.form().version()));
		return form(current, model);
	}

	/** @param current null for a new program */
	private String form(ProgramAdminQueries.Edited current, Model model) {
		model.addAttribute("program", current);
		model.addAttribute("types", queries.subtypes());
		model.addAttribute("cities", places.cities());
		model.addAttribute("districts", places.districts());
		model.addAttribute("townships", places.townships(current == null ? null : current.form().districtCode()));
		return "admin/programs/form";
	}

}
