package org.civicatlas.article.admin;

import jakarta.validation.Valid;
import org.civicatlas.article.SourcePage;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.editing.ThreeWayMerge;
import org.civicatlas.editing.WholeForm;

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
 * The newspaper, issue date and page of a source page, which every article of the page
 * shows.
 */
@Controller
class PublicationController {

	private final PublicationEditor editor;

	PublicationController(PublicationEditor editor) {
		this.editor = editor;
	}

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	@GetMapping("/admin/pages/{id}/publication")
	String show(@PathVariable long id, Model model) {
		SourcePage page = editor.page(id);
		model.addAttribute("form", PublicationForm.of(page.getPublication(), page.getVersion()));
		return form(page, model);
	}

	@PostMapping("/admin/pages/{id}/publication")
	String update(@PathVariable long id, @Valid @WholeForm @ModelAttribute("form") PublicationForm form,
			BindingResult errors, @RequestParam(name = ThreeWayMerge.BASE, required = false) String base, Model model,
			RedirectAttributes redirect) {
		SourcePage page = editor.page(id);
		if (form != null && !form.issueDateValid()) {
			errors.rejectValue("issueDate", "publication.issueDate.invalid");
		}
		if (errors.hasErrors()) {
			ThreeWayMerge.keep(base, model);
			return form(page, model);
		}
		try {
			editor.update(id, form);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			// the editor's changes on top of the stored values (see ThreeWayMerge)
			SourcePage current = editor.page(id);
			ThreeWayMerge.conflict(form, PublicationForm.of(current.getPublication(), current.getVersion()), base,
					model);
			return form(current, model);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("editing.saved"));
		return "redirect:/admin/pages/" + id + "/publication";
	}

	private static String form(SourcePage page, Model model) {
		model.addAttribute("sourcePage", page);
		ThreeWayMerge.keep(ThreeWayMerge.base(PublicationForm.of(page.getPublication(), page.getVersion()).fields()),
				model);
		return "admin/pages/publication";
	}

}
