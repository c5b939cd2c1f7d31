package org.civicatlas.ingest.program;

import java.util.List;

/**
 * A program's short description: the sentence that first names it, as its article prints
 * it, and the sentences after it that speak of the same program (never just any sentence
 * of the article). Portal cards show about two lines, so the text is kept under
 * {@link #MAX_LENGTH} characters: a short sentence is followed by the next ones while
 * they fit, a long one is cut after a clause that still contains the name (or, when the
 * name comes late, starts at the clause that holds it), and a cut is marked with an
 * ellipsis.
 */
final class Descriptions {

	static final int MAX_LENGTH = 120;

	/** A sentence shorter than this says too little on its own (“爱心卡”启动以来。). */
	private static final int MIN_LENGTH = 40;

	private static final String ELLIPSIS = "…";

	/** Words that open a sentence about what was just named: 该…, 这一…, 此举…, 它…, 其…. */
	private static final List<String> BACK_REFERENCES = List.of("该", "这一", "这个", "这项", "这些", "此", "它", "其", "目前,该",
			"目前，该");

	private Descriptions() {
	}

	/**
	 * The description of the name printed at {@code [start, end)} of the paragraph.
	 * @param spellings the program's name and aliases: a following sentence joins the
	 * description only when it names the program again or refers back to it (该…, 这一…, its
	 * program word)
	 */
	static String of(String paragraph, int start, int end, List<String> spellings) {
		List<SentenceSpans.Range> sentences = SentenceSpans.sentences(paragraph);
		int index = 0;
		while (index < sentences.size() - 1 && !sentences.get(index).contains(start)) {
			index++;
		}
		SentenceSpans.Range sentence = sentences.get(index);
		if (sentence.end() - sentence.start() > MAX_LENGTH) {
			return cut(paragraph, sentence, start, end).strip();
		}
		int to = sentence.end();
		for (int next = index + 1; next < sentences.size() && to - sentence.start() < MIN_LENGTH
				&& sentences.get(next).end() - sentence.start() <= MAX_LENGTH
				&& describes(sentences.get(next).of(paragraph).strip(), spellings); next++) {
			to = sentences.get(next).end();
		}
		return paragraph.substring(sentence.start(), to).strip();
	}

	/**
	 * Whether a sentence speaks of the program: it names it, or opens on a word that
	 * points back to it.
	 */
	private static boolean describes(String sentence, List<String> spellings) {
		if (spellings.stream().anyMatch(spelling -> spelling.length() >= 2 && sentence.contains(spelling))) {
			return true;
		}
		if (BACK_REFERENCES.stream().anyMatch(sentence::startsWith)) {
			return true;
		}
		// the thing the name ends on, said again without the rest (“爱心卡” … 凭卡; 共富工坊 … 工坊)
		return spellings.stream().anyMatch(spelling -> {
			String head = NameWords.head(spelling);
			String noun = head != null ? head : spelling.substring(spelling.length() - 1);
			return sentence.contains(noun);
		});
	}

	private static String cut(String paragraph, SentenceSpans.Range sentence, int start, int end) {
		List<Integer> clauseEnds = SentenceSpans.clauseEnds(paragraph, sentence);
		int from = sentence.start();
		if (end - from > MAX_LENGTH - ELLIPSIS.length()) {
			// the name comes late: begin with the clause that holds it
			for (int clauseEnd : clauseEnds) {
				if (clauseEnd <= start) {
					from = clauseEnd;
				}
			}
		}
		if (sentence.end() - from <= MAX_LENGTH) {
			return paragraph.substring(from, sentence.end());
		}
		int to = -1;
		for (int clauseEnd : clauseEnds) {
			// the clause mark the text stops at gives way to the ellipsis, so the length
			// is unchanged
			if (clauseEnd >= end && clauseEnd - from <= MAX_LENGTH) {
				to = clauseEnd;
			}
		}
		if (to < 0) {
			// the clause holding the name is longer than a description: no boundary to
			// cut at
			from = Math.max(from, end - (MAX_LENGTH - ELLIPSIS.length()));
			to = from + MAX_LENGTH - ELLIPSIS.length() + 1;
		}
		return paragraph.substring(from, to - 1) + ELLIPSIS;
	}

}
