package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation that the rest of its clause says was launched somewhere: “X”…在某镇率先推出,
 * “X”平台在全市上线. Chinese news often puts the thing launched first and the verb last, with
 * the place between (在…), so the launching verb that {@link QuotedNames} looks for before
 * the quotation closes the clause instead. Only a clause that ends on the verb counts: in
 * “X”理念在全县推出了新举措 something else was launched.
 */
final class LaunchedIn {

	private static final String CLAUSE_ENDS = "，,。；;：:！!？?";

	private LaunchedIn() {
	}

	/**
	 * @return the mentions, those without evidence that their clause says were launched
	 * in a place marked as shown
	 */
	static List<Mention> mark(String text, List<Mention> quoted) {
		List<Mention> marked = new ArrayList<>();
		for (Mention m : quoted) {
			marked.add(m.evidence() || !launchedAfter(text, m.end()) ? m
					: new Mention(m.name(), m.core(), true, true, m.article(), m.paragraph(), m.start(), m.end()));
		}
		return marked;
	}

	private static boolean launchedAfter(String text, int from) {
		int end = from;
		while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
			end++;
		}
		String clause = text.substring(from, end);
		if (clause.endsWith("了")) {
			clause = clause.substring(0, clause.length() - 1);
		}
		int place = clause.indexOf('在');
		String verb = NameWords.endingAt(clause, clause.length(), NameWords.LAUNCH_VERBS);
		return place >= 0 && verb != null && place < clause.length() - verb.length() - 1;
	}

}
