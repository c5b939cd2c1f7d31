package org.civicatlas.program.admin;

import jakarta.validation.Valid;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging a program into another one (a duplicate the importer or an editor made), in two
 * steps: find the target by name and see what would move (plain GETs), then confirm (a
 * POST). A merge can be undone as one step from either program's form.
 */
@Controller
class ProgramMergeController {

	private static final int MAX_QUERY = 100;

	private final ProgramAdminQueries queries;

	private final MergeQueries merges;

	private final ProgramMerger merger;

	ProgramMergeController(ProgramAdminQueries queries, MergeQueries merges, ProgramMerger merger) {
		this.queries = queries;
		this.merges = merges;
		this.merger = merger;
	}

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	/**
	 * The search for a target ({@code q}) and, once one is chosen ({@code target}), what
	 * the merge would move.
	 */
	@GetMapping("/admin/programs/{id}/merge")
	String confirmMerge(@PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long target, Model model) {
		if (q.length() > MAX_QUERY) {
			throw new BadRequestException("query too long");
		}
		ProgramAdminQueries.Edited source = queries.edited(id);
		model.addAttribute("form", new MergeForm(target, source.form().version()));
		model.addAttribute("q", q);
		return form(source, target != null && target != id, model);
	}

	@PostMapping("/admin/programs/{id}/merge")
	String merge(@PathVariable long id, @Valid @ModelAttribute("form") MergeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ProgramAdminQueries.Edited source = queries.edited(id);
		if (form != null) {
			merger.check(source, form, errors);
		}
		if (errors.hasErrors()) {
			model.addAttribute("q", "");
			return form(source, form != null && form.targetId() != null && !errors.hasFieldErrors("targetId"), model);
		}
		try {
			ProgramMerger.Moved moved = merger.merge(id, form);
			redirect.addFlashAttribute(Notice.ATTRIBUTE,
					Notice.success("editing.merge.done", source.form().name(), moved.articles(), moved.metrics()));
			return "redirect:/admin/programs/" + form.targetId() + "/edit";
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("editing.merge.stale"));
			return "redirect:/admin/programs/" + id + "/merge";
		}
	}

	@PostMapping("/admin/programs/merges/{mergeId}/undo")
	String undo(@PathVariable long mergeId, @RequestParam long program, RedirectAttributes redirect) {
		try {
			ProgramMerger.Undone undone = merger.undo(mergeId);
			redirect.addFlashAttribute(Notice.ATTRIBUTE,
					Notice.success("editing.merge.undone", undone.sourceName(), undone.articles(), undone.metrics()));
			return "redirect:/admin/programs/" + undone.sourceId() + "/edit";
		}
		catch (ProgramMerger.UndoRefusedException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("editing.merge.undoRefused"));
			return "redirect:/admin/programs/" + program + "/edit";
		}
	}

	/**
	 * @param preview whether the form names a target to preview; otherwise the search for
	 * one
	 */
	private String form(ProgramAdminQueries.Edited source, boolean preview, Model model) {
		model.addAttribute("program", source);
		model.addAttribute("merges", merges.open(source.id()));
		if (preview) {
			MergeForm form = (MergeForm) model.getAttribute("form");
			model.addAttribute("preview", merges.preview(source.id(), form.targetId())
				.orElseThrow(() -> new NotFoundException("Program " + form.targetId())));
		}
		else {
			model.addAttribute("targets", merges.targets(source.id(), (String) model.getAttribute("q")));
		}
		return "admin/programs/merge";
	}

}
