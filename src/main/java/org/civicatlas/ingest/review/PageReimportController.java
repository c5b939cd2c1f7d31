package org.civicatlas.ingest.review;

import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Re-import of a stored page: the comparison of what the current pipeline makes of it
 * with what is there, and the editor's confirmation of the new values to take.
 */
@Controller
@RequestMapping("/admin/pages/{id}/reimport")
class PageReimportController {

	private final ReviewQueries queries;

	private final Reimporter reimporter;

	PageReimportController(ReviewQueries queries, Reimporter reimporter) {
		this.queries = queries;
		this.reimporter = reimporter;
	}

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", queries.page(id));
		model.addAttribute("diff", reimporter.compare(id));
		return "admin/pages/reimport";
	}

	@PostMapping
	String update(@PathVariable long id, @ModelAttribute("form") ReimportForm form, RedirectAttributes redirect) {
		try {
			int taken = reimporter.apply(id, form);
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("ingest.reimport.done", taken));
			return "redirect:/admin/pages/" + id;
		}
		catch (ReviewException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem(ex.messageKey(), ex.arguments()));
		}
		catch (SegmentationException ex) {
			// an added article made from its lines as the review page makes a draft,
			// refused by the same rules
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem(ex.messageKey(), ex.arguments()));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("ingest.reimport.stale"));
		}
		return "redirect:/admin/pages/" + id + "/reimport";
	}

}
