package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * On a page of scattered narrow columns, a run of narrow lines that opens a sentence and
 * holds a byline, printed right above a headline that has no byline, is the start of that
 * headline's article set above it: the byline goes under the headline, the run's lines
 * after it, before what the headline had.
 */
final class BylinedRuns {

	private BylinedRuns() {
	}

	static void toTheirHeadlines(List<Draft> drafts, List<LineRef> printed, Map<LineRef, LineKind> kinds,
			List<List<LineRef>> runs, PageLines page) {
		for (List<LineRef> run : runs) {
			int next = printed.indexOf(run.get(run.size() - 1)) + 1;
			if (next >= printed.size() || kinds.get(printed.get(next)) != LineKind.HEADLINE
					|| run.stream().noneMatch(ref -> kinds.get(ref) == LineKind.BYLINE)
					|| Sentences.opensMidSentence(page.text(run.get(0)))
					|| run.stream().anyMatch(ref -> ScatteredColumns.owner(drafts, ref) == null)) {
				continue;
			}
			Draft headline = ScatteredColumns.owner(drafts, printed.get(next));
			if (headline == null || !headline.lines.get(0).equals(printed.get(next))
					|| headline.lines.stream().anyMatch(ref -> kinds.get(ref) == LineKind.BYLINE)) {
				continue;
			}
			for (Draft draft : drafts) {
				draft.lines.removeAll(run);
			}
			List<LineRef> ordered = new ArrayList<>(
					run.stream().filter(ref -> kinds.get(ref) == LineKind.BYLINE).toList());
			run.stream().filter(ref -> kinds.get(ref) != LineKind.BYLINE).forEach(ordered::add);
			headline.lines.addAll(headline.headlineLines, ordered);
		}
	}

}
