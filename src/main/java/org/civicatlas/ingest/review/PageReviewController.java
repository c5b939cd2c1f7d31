package org.civicatlas.ingest.review;

import java.security.Principal;
import java.util.function.Supplier;

import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One page under review: its numbered lines beside its draft articles, programs and
 * figures, and the editor's decisions. Every decision carries the version it was made on;
 * a stale one is refused with a notice, and the page shows what is current.
 */
@Controller
@RequestMapping("/admin/pages/{id}")
class PageReviewController {

	private final ReviewQueries queries;

	private final PageReview review;

	private final ReviewPageView view;

	PageReviewController(ReviewQueries queries, PageReview review, ReviewPageView view) {
		this.queries = queries;
		this.review = review;
		this.view = view;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		return view.show(id, model);
	}

	@PostMapping("/articles/{articleId}/accept")
	String accept(@PathVariable long id, @PathVariable long articleId, @RequestParam long version, Principal editor,
			RedirectAttributes redirect) {
		return decide(id, "#article-" + articleId, redirect, () -> {
			review.accept(id, articleId, version, editor.getName());
			return Notice.success("ingest.review.accepted");
		});
	}

	@PostMapping("/articles/{articleId}/reject")
	String reject(@PathVariable long id, @PathVariable long articleId, @RequestParam long version,
			RedirectAttributes redirect) {
		return decide(id, "#article-" + articleId, redirect, () -> {
			review.reject(id, articleId, version);
			return Notice.success("ingest.review.rejected");
		});
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean discardUnassigned, Principal editor,
			RedirectAttributes redirect) {
		return decide(id, "", redirect, () -> {
			PageReview.Published published = review.publish(id, version, discardUnassigned, editor.getName());
			return Notice.success("ingest.review.published", published.articles(), published.programs());
		});
	}

	@GetMapping("/reject")
	String confirmReject(@PathVariable long id, Model model) {
		model.addAttribute("page", queries.page(id));
		model.addAttribute("drafts", queries.drafts(id));
		return "admin/pages/reject";
	}

	@PostMapping("/reject")
	String rejectPage(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return decide(id, "", redirect, () -> {
			review.rejectPage(id, version);
			return Notice.success("ingest.review.pageRejected");
		});
	}

	/**
	 * Runs a decision and goes back to the page, with its notice or the reason it was
	 * refused.
	 */
	private static String decide(long id, String anchor, RedirectAttributes redirect, Supplier<Notice> decision) {
		Notice notice;
		try {
			notice = decision.get();
		}
		catch (ReviewException ex) {
			notice = Notice.problem(ex.messageKey(), ex.arguments());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			notice = Notice.problem("ingest.review.stale");
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, notice);
		return "redirect:/admin/pages/" + id + anchor;
	}

}
