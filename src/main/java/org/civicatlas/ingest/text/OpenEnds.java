package org.civicatlas.ingest.text;

import java.util.List;

/**
 * Which of the unfinished articles a line may continue, before the bigram and vocabulary
 * scores choose among them. A line that closes a quotation before opening one continues
 * an article that stops inside a quotation, and a line that opens with one does not (a
 * quotation inside a quotation takes single marks). A line that opens mid-sentence does
 * not take an article's open end that a line printed a little further down, which opens
 * mid-sentence too, continues by a word (专|家 while this line gives 专|档): the ends are
 * shared out between the lines that need them, not given to the first line that comes.
 */
final class OpenEnds {

	/** How many lines further down a better continuation of an open end is looked for. */
	private static final int LOOKAHEAD = 6;

	private OpenEnds() {
	}

	static List<Draft> narrow(List<Draft> candidates, String line, List<LineRef> refs, int index, PageLines page,
			Continuity continuity) {
		List<Draft> kept = candidates;
		if (Sentences.closesQuotation(line)) {
			List<Draft> quoting = kept.stream().filter(draft -> draft.inQuotation).toList();
			kept = quoting.isEmpty() ? kept : quoting;
		}
		else if (line.strip().startsWith("“")) {
			// quotations inside quotations take single marks
			List<Draft> outside = kept.stream().filter(draft -> !draft.inQuotation).toList();
			kept = outside.isEmpty() ? kept : outside;
		}
		if (kept.size() > 1 && Sentences.opensMidSentence(line)) {
			List<Draft> unclaimed = kept.stream()
				.filter(draft -> !claimedFurtherDown(draft, line, refs, index, page, continuity))
				.toList();
			kept = unclaimed.isEmpty() ? kept : unclaimed;
		}
		return kept;
	}

	private static boolean claimedFurtherDown(Draft draft, String line, List<LineRef> refs, int index, PageLines page,
			Continuity continuity) {
		int here = continuity.pair(draft.lastChar(), line);
		for (int i = index + 1; i < Math.min(refs.size(), index + 1 + LOOKAHEAD); i++) {
			String next = page.text(refs.get(i));
			int there = continuity.pair(draft.lastChar(), next);
			if (there >= Continuity.WORD && there > here && Sentences.opensMidSentence(next)) {
				return true;
			}
		}
		return false;
	}

}
