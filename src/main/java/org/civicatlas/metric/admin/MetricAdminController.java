package org.civicatlas.metric.admin;

import jakarta.validation.Valid;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.editing.ThreeWayMerge;
import org.civicatlas.editing.WholeForm;
import org.civicatlas.system.BadRequestException;
import org.civicatlas.system.NotFoundException;

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
 * The editors' list of figures, the figure form (new and existing) and deleting a figure.
 */
@Controller
@RequestMapping("/admin/metrics")
class MetricAdminController {

	private final MetricAdminQueries queries;

	private final MetricRules rules;

	private final MetricEditor editor;

	MetricAdminController(MetricAdminQueries queries, MetricRules rules, MetricEditor editor) {
		this.queries = queries;
		this.rules = rules;
		this.editor = editor;
	}

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "0") long article, @RequestParam(defaultValue = "0") long program,
			@RequestParam(defaultValue = "1") int page, Model model) {
		if (!category.isEmpty() && !MetricKeys.CATEGORIES.contains(category)) {
			throw new BadRequestException("unknown category " + category);
		}
		MetricAdminQueries.Filter filter = new MetricAdminQueries.Filter(q, category, article, program);
		model.addAttribute("metrics", queries.list(filter, page));
		model.addAttribute("filter", filter);
		model.addAttribute("categories", MetricKeys.CATEGORIES);
		return "admin/metrics/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam long article, Model model) {
		MetricAdminQueries.Context context = queries.article(article);
		if (context == null) {
			throw new NotFoundException("Article " + article);
		}
		model.addAttribute("form", MetricForm.forArticle(article));
		return form(null, context, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") MetricForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		rules.check(form, errors);
		if (errors.hasErrors()) {
			return form(null, queries.article(form.articleId()), model);
		}
		MetricEditor.Saved saved = editor.create(form);
		redirect.addFlashAttribute(Notice.ATTRIBUTE, saved(saved));
		return "redirect:/admin/metrics/" + saved.id() + "/edit";
	}

	@GetMapping("/{id}/edit")
	String show(@PathVariable long id, Model model) {
		MetricAdminQueries.Edited current = queries.edited(id);
		model.addAttribute("form", current.form());
		return form(current, current.article(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @WholeForm @ModelAttribute("form") MetricForm form,
			BindingResult errors, @RequestParam(name = ThreeWayMerge.BASE, required = false) String base, Model model,
			RedirectAttributes redirect) {
		MetricAdminQueries.Edited current = queries.edited(id);
		rules.check(form, errors);
		if (errors.hasErrors()) {
			ThreeWayMerge.keep(base, model);
			return form(current, current.article(), model);
		}
		try {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, saved(editor.update(id, form)));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return conflict(id, form, base, model);
		}
		return "redirect:/admin/metrics/" + id + "/edit";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("metric", queries.edited(id));
		return "admin/metrics/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		MetricAdminQueries.Edited current = queries.edited(id);
		try {
			editor.delete(id, version);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("editing.deleteStale"));
			return "redirect:/admin/metrics/" + id + "/delete";
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("editing.deleted"));
		return "redirect:/admin/metrics?article=" + current.article().id();
	}

	/** Saved either way; the notice says whether the quote was found in the page. */
	private static Notice saved(MetricEditor.Saved saved) {
		return saved.line() != null ? Notice.success("editing.metric.saved.verified", saved.line())
				: Notice.warning("editing.metric.saved.unverified");
	}

	/**
	 * The form again at the current version: the editor's changes on top of the stored
	 * values, and what differs (see {@link ThreeWayMerge}).
	 */
	private String conflict(long id, MetricForm yours, String base, Model model) {
		MetricAdminQueries.Edited current = queries.edited(id);
		ThreeWayMerge.conflict(yours, current.form(), base, model);
		return form(current, current.article(), model);
	}

	/**
	 * @param current null for a new figure
	 * @param article null when the form names no known article
	 */
	private String form(MetricAdminQueries.Edited current, MetricAdminQueries.Context article, Model model) {
		model.addAttribute("metric", current);
		if (current != null) {
			ThreeWayMerge.keep(ThreeWayMerge.base(current.form().fields()), model);
		}
		model.addAttribute("article", article);
		model.addAttribute("programs", queries.programs());
		model.addAttribute("approxKeys", MetricKeys.APPROX);
		model.addAttribute("categories", MetricKeys.CATEGORIES);
		return "admin/metrics/form";
	}

}
