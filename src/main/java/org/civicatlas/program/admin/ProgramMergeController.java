package org.civicatlas.program.admin;

import jakarta.validation.Valid;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Merging a program into another one (a duplicate the importer or an editor made). */
@Controller
class ProgramMergeController {

	private final ProgramAdminQueries queries;

	private final ProgramMerger merger;

	ProgramMergeController(ProgramAdminQueries queries, ProgramMerger merger) {
		this.queries = queries;
		this.merger = merger;
	}

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	@GetMapping("/admin/programs/{id}/merge")
	String confirmMerge(@PathVariable long id, Model model) {
		ProgramAdminQueries.Edited source = queries.edited(id);
		model.addAttribute("form", new MergeForm(null, source.form().version()));
		return form(source, model);
	}

	@PostMapping("/admin/programs/{id}/merge")
	String merge(@PathVariable long id, @Valid @ModelAttribute("form") MergeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ProgramAdminQueries.Edited source = queries.edited(id);
		if (form != null) {
			merger.check(source, form, errors);
		}
		if (errors.hasErrors()) {
			return form(source, model);
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

	private String form(ProgramAdminQueries.Edited source, Model model) {
		model.addAttribute("program", source);
		model.addAttribute("targets", queries.mergeTargets(source.id()));
		return "admin/programs/merge";
	}

}
