package org.civicatlas.program.admin;

import java.util.List;

import jakarta.validation.Valid;
import org.civicatlas.editing.Choice;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.Pickers;
import org.civicatlas.editing.PlaceChoices;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.editing.TextFields;
import org.civicatlas.editing.ThreeWayMerge;
import org.civicatlas.editing.WholeForm;
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

/**
 * The editors' list of programs, the program form (new and existing) and deleting a
 * program.
 */
@Controller
@RequestMapping("/admin/programs")
class ProgramAdminController {

	private final ProgramAdminQueries queries;

	private final ProgramRules rules;

	private final ProgramEditor editor;

	private final PlaceChoices places;

	private final MergeQueries merges;

	ProgramAdminController(ProgramAdminQueries queries, ProgramRules rules, ProgramEditor editor, PlaceChoices places,
			MergeQueries merges) {
		this.queries = queries;
		this.rules = rules;
		this.editor = editor;
		this.places = places;
		this.merges = merges;
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

	/** An empty form, or the one typed before a picker's search (a flash attribute). */
	@GetMapping("/new")
	String newForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProgramForm.empty());
		}
		return form(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ProgramForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		rules.check(form, null, errors);
		if (errors.hasErrors()) {
			return form(null, model);
		}
		long id = editor.create(form);
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("editing.created"));
		return "redirect:/admin/programs/" + id + "/edit";
	}

	/** The form as saved, or as typed before a picker's search (a flash attribute). */
	@GetMapping("/{id}/edit")
	String show(@PathVariable long id, Model model) {
		ProgramAdminQueries.Edited current = queries.edited(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", current.form());
		}
		return form(current, model);
	}

	/**
	 * A picker's search without JavaScript on the new-program form: nothing is saved (see
	 * {@link Pickers}); a value that does not bind is left to the save to report.
	 */
	@PostMapping("/pick")
	String pickNew(@ModelAttribute("form") ProgramForm form, BindingResult errors,
			@RequestParam(defaultValue = "") String townshipQuery, @RequestParam(defaultValue = "") String subtypeQuery,
			RedirectAttributes redirect) {
		return keep(form, "redirect:/admin/programs/new", townshipQuery, subtypeQuery, redirect);
	}

	/**
	 * A picker's search without JavaScript on a program's form: nothing is saved (see
	 * {@link Pickers}).
	 */
	@PostMapping("/{id}/pick")
	String pick(@PathVariable long id, @ModelAttribute("form") ProgramForm form, BindingResult errors,
			@RequestParam(defaultValue = "") String townshipQuery, @RequestParam(defaultValue = "") String subtypeQuery,
			@RequestParam(name = ThreeWayMerge.BASE, required = false) String base, RedirectAttributes redirect) {
		ThreeWayMerge.keep(base, redirect);
		return keep(form, "redirect:/admin/programs/" + id + "/edit", townshipQuery, subtypeQuery, redirect);
	}

	/** The townships found by name, as the htmx search of the picker asks for them. */
	@GetMapping("/pick/township")
	String findTownship(@RequestParam(defaultValue = "") String townshipQuery,
			@RequestParam(defaultValue = "") String townshipCode, @RequestParam(required = false) String districtCode,
			Model model) {
		List<Choice> found = places.findTownships(Pickers.query(townshipQuery), TextFields.trimToNull(districtCode),
				TextFields.words(townshipCode), Pickers.english());
		return Pickers.results("townshipCode", "radio", found, townshipQuery, model);
	}

	/** The subtypes found by name, as the htmx search of the picker asks for them. */
	@GetMapping("/pick/subtypes")
	String findSubtypes(@RequestParam(defaultValue = "") String subtypeQuery,
			@RequestParam(defaultValue = "") List<String> secondarySubtypes, Model model) {
		List<Choice> found = SubtypeChoices.find(queries.subtypes(), Pickers.query(subtypeQuery), secondarySubtypes,
				Pickers.english());
		return Pickers.results("secondarySubtypes", "checkbox", found, subtypeQuery, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @WholeForm @ModelAttribute("form") ProgramForm form,
			BindingResult errors, @RequestParam(name = ThreeWayMerge.BASE, required = false) String base, Model model,
			RedirectAttributes redirect) {
		ProgramAdminQueries.Edited current = queries.edited(id);
		rules.check(form, current.form().status(), errors);
		if (errors.hasErrors()) {
			ThreeWayMerge.keep(base, model);
			return form(current, model);
		}
		try {
			editor.update(id, form);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return conflict(id, form, base, model);
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

	/**
	 * The form again at the current version: the editor's changes on top of the stored
	 * values, and what differs (see {@link ThreeWayMerge}).
	 */
	private String conflict(long id, ProgramForm yours, String base, Model model) {
		ProgramAdminQueries.Edited current = queries.edited(id);
		ThreeWayMerge.conflict(yours, current.form(), base, model);
		return form(current, model);
	}

	private static String keep(ProgramForm form, String redirect, String townshipQuery, String subtypeQuery,
			RedirectAttributes attributes) {
		return Pickers.keep(form, redirect, attributes,
				new Pickers.Query("townshipQuery", townshipQuery, "townshipCode"),
				new Pickers.Query("subtypeQuery", subtypeQuery, "secondarySubtypes"));
	}

	/**
	 * @param current null for a new program
	 */
	private String form(ProgramAdminQueries.Edited current, Model model) {
		ProgramForm form = model.getAttribute("form") instanceof ProgramForm typed ? typed
				: current == null ? ProgramForm.empty() : current.form();
		boolean english = Pickers.english();
		List<ProgramAdminQueries.Type> types = queries.subtypes();
		List<String> township = form.townshipCode() == null ? List.of() : List.of(form.townshipCode());
		model.addAttribute("program", current);
		if (current != null) {
			ThreeWayMerge.keep(ThreeWayMerge.base(current.form().fields()), model);
		}
		model.addAttribute("types", types);
		model.addAttribute("cities", places.cities());
		model.addAttribute("districts", places.districts());
		model.addAttribute("chosenTownship", places.townships(township, english));
		model.addAttribute("foundTownships",
				places.findTownships(Pickers.query(model, "townshipQuery"), form.districtCode(), township, english));
		model.addAttribute("chosenSubtypes", SubtypeChoices.chosen(types, form.secondarySubtypes(), english));
		model.addAttribute("foundSubtypes",
				SubtypeChoices.find(types, Pickers.query(model, "subtypeQuery"), form.secondarySubtypes(), english));
		// only a program that took part in a merge has one to undo: most forms skip the
		// statement
		boolean merged = current != null && (current.mergedInto() != null || current.mergedFrom() > 0);
		model.addAttribute("merges", merged ? merges.open(current.id()) : List.of());
		return "admin/programs/form";
	}

}
