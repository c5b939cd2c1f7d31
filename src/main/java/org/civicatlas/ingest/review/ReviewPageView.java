package org.civicatlas.ingest.review;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the review page of one page shows: its lines and their places, its drafts and its
 * repair history.
 */
@Component
class ReviewPageView {

	private final ReviewQueries queries;

	private final RepairSteps steps;

	ReviewPageView(ReviewQueries queries, RepairSteps steps) {
		this.queries = queries;
		this.steps = steps;
	}

	String show(long id, Model model) {
		ReviewQueries.Page page = queries.page(id);
		List<ReviewQueries.Draft> drafts = queries.drafts(id);
		List<SourceLine> lines = SourceLine.of(page.rawText(), page.lineCount(), page.places(), drafts);
		model.addAttribute("page", page);
		model.addAttribute("drafts", drafts);
		model.addAttribute("lines", lines);
		model.addAttribute("unassigned", lines.stream().filter(SourceLine::unassigned).toList());
		model.addAttribute("steps", steps.list(id));
		return "admin/pages/show";
	}

}
