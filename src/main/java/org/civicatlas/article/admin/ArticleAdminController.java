package org.civicatlas.article.admin;

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
 * The editors' list of articles, the article form and deleting an article (after a
 * confirmation).
 */
@Controller
@RequestMapping("/admin/articles")
class ArticleAdminController {

	private final ArticleAdminQueries queries;

	private final ArticleRules rules;

	private final ArticleEditor editor;

	private final PlaceChoices places;

	ArticleAdminController(ArticleAdminQueries queries, ArticleRules rules, ArticleEditor editor, PlaceChoices places) {
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
		model.addAttribute("articles", queries.list(q, status, page));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", PublicationStatus.values());
		return "admin/articles/list";
	}

	/** The form as saved, or as typed before a picker's search (a flash attribute). */
	@GetMapping("/{id}/edit")
	String show(@PathVariable long id, Model model) {
		ArticleAdminQueries.Edited current = queries.edited(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", current.form());
		}
		return form(current, model);
	}

	/**
	 * A picker's search without JavaScript: nothing is saved; the form comes back as
	 * typed, with the places or programs found (see {@link Pickers}). A value that does
	 * not bind is left to the save to report: {@code errors} only keeps it from failing
	 * here.
	 */
	@PostMapping("/{id}/pick")
	String pick(@PathVariable long id, @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@RequestParam(defaultValue = "") String placeQuery, @RequestParam(defaultValue = "") String programQuery,
			@RequestParam(name = ThreeWayMerge.BASE, required = false) String base, RedirectAttributes redirect) {
		ThreeWayMerge.keep(base, redirect);
		return Pickers.keep(form, "redirect:/admin/articles/" + id + "/edit", redirect,
				new Pickers.Query("placeQuery", placeQuery, "townships"),
				new Pickers.Query("programQuery", programQuery, "programIds"));
	}

	/** The townships found by name, as the htmx search of the picker asks for them. */
	@GetMapping("/pick/townships")
	String findTownships(@RequestParam(defaultValue = "") String placeQuery,
			@RequestParam(defaultValue = "") String townships, @RequestParam(required = false) String districtCode,
			Model model) {
		List<Choice> found = places.findTownships(Pickers.query(placeQuery), TextFields.trimToNull(districtCode),
				TextFields.words(townships), Pickers.english());
		return Pickers.results("townships", "checkbox", found, placeQuery, model);
	}

	/** The programs found by name, as the htmx search of the picker asks for them. */
	@GetMapping("/pick/programs")
	String findPrograms(@RequestParam(defaultValue = "") String programQuery,
			@RequestParam(defaultValue = "") List<Long> programIds, Model model) {
		return Pickers.results("programIds", "checkbox", queries.findPrograms(Pickers.query(programQuery), programIds),
				programQuery, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @WholeForm @ModelAttribute("form") ArticleForm form,
			BindingResult errors, @RequestParam(name = ThreeWayMerge.BASE, required = false) String base, Model model,
			RedirectAttributes redirect) {
		ArticleAdminQueries.Edited current = queries.edited(id);
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
		return "redirect:/admin/articles/" + id + "/edit";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("article", queries.edited(id));
		model.addAttribute("id", id);
		return "admin/articles/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			editor.delete(id, version);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("editing.deleteStale"));
			return "redirect:/admin/articles/" + id + "/delete";
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("editing.deleted"));
		return "redirect:/admin/articles";
	}

	/**
	 * The form again at the current version: the editor's changes on top of the stored
	 * values, and what differs (see {@link ThreeWayMerge}).
	 */
	private String conflict(long id, ArticleForm yours, String base, Model model) {
		ArticleAdminQueries.Edited current = queries.edited(id);
		ThreeWayMerge.conflict(yours, current.form(), base, model);
		return form(current, model);
	}

	private String form(ArticleAdminQueries.Edited current, Model model) {
		ArticleForm form = model.getAttribute("form") instanceof ArticleForm typed ? typed : current.form();
		String placeQuery = Pickers.query(model, "placeQuery");
		String programQuery = Pickers.query(model, "programQuery");
		boolean english = Pickers.english();
		model.addAttribute("article", current);
		ThreeWayMerge.keep(ThreeWayMerge.base(current.form().fields()), model);
		model.addAttribute("cities", places.cities());
		model.addAttribute("districts", places.districts());
		model.addAttribute("chosenTownships", places.townships(form.townshipCodes(), english));
		model.addAttribute("foundTownships",
				places.findTownships(placeQuery, form.districtCode(), form.townshipCodes(), english));
		model.addAttribute("chosenPrograms", queries.programs(form.programIds()));
		model.addAttribute("foundPrograms", queries.findPrograms(programQuery, form.programIds()));
		return "admin/articles/form";
	}

}
