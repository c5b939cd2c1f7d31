package org.civicatlas.article.admin;

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

/** The editors' list of articles, the article form and deleting an article (after a confirmation). */
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

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ArticleAdminQueries.Edited current = queries.edited(id);
		model.addAttribute("form", current.form());
		return form(current, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ArticleAdminQueries.Edited current = queries.edited(id);
		// null when a value could not be converted: the binding errors say which
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

	/** The form again, with the editor's values on top of the current version and what differs. */
	private String conflict(long id, ArticleForm yours, Model model) {
		ArticleAdminQueries.Edited current = queries.edited(id);
		model.addAttribute("changes", FieldChange.differences(current.form().fields(), yours.fields()));
		model.addAttribute("form", yours.withVersion(current.form().version()));
		return form(current, model);
	}

	private String form(ArticleAdminQueries.Edited current, Model model) {
		model.addAttribute("article", current);
		model.addAttribute("cities", places.cities());
		model.addAttribute("districts", places.districts());
		model.addAttribute("townships", places.townships(current.form().districtCode()));
		model.addAttribute("programs", queries.programs());
		return "admin/articles/form";
	}

}
