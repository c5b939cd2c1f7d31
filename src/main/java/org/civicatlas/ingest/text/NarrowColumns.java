package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back in order an article set in narrow columns whose last two columns the
 * extraction printed the wrong way round (columns 1, 3, 2). Its text then stops
 * mid-sentence at the end while a paragraph is finished in the middle: moving the last
 * printed column in front of the one before it makes the article end on that finished
 * sentence, and columns of one article have the same height. Among the moves that fit,
 * the one whose two new joins read best as running text wins.
 */
final class NarrowColumns {

	/**
	 * Lines no longer than this come from a narrow column (a full-width line is two or
	 * three times as long).
	 */
	static final int NARROW = 20;

	/** Fewer body lines than this make no three columns worth reordering. */
	private static final int MIN_LINES = 9;

	/** Columns of one article differ by at most this many lines. */
	private static final int HEIGHT_SLACK = 1;

	private NarrowColumns() {
	}

	/** The lines in reading order; unchanged unless a move of the last column fits. */
	static List<LineRef> reorder(List<LineRef> lines, int bodyStart, PageLines page, Continuity continuity) {
		List<LineRef> body = lines.subList(bodyStart, lines.size());
		int n = body.size();
		if (n < MIN_LINES || body.stream().anyMatch(ref -> page.text(ref).strip().length() > NARROW)
				|| Sentences.endsSentence(text(body, n - 1, page))) {
			return lines;
		}
		int bestI = -1;
		int bestJ = -1;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int j = 2; j < n; j++) {
			int last = n - j;
			if (!Sentences.endsSentence(text(body, j - 1, page))) {
				continue;
			}
			// the first column is as high as the last, within the slack: a few places to
			// try, not all
			for (int i = Math.max(1, last - HEIGHT_SLACK); i <= Math.min(j - 1, last + HEIGHT_SLACK); i++) {
				if (Math.abs((j - i) - last) > HEIGHT_SLACK || Sentences.endsSentence(text(body, i - 1, page))) {
					continue;
				}
				double score = continuity.junction(text(body, i - 1, page), text(body, j, page))
						+ continuity.junction(text(body, n - 1, page), text(body, i, page));
				if (score > bestScore) {
					bestScore = score;
					bestI = i;
					bestJ = j;
				}
			}
		}
		if (bestI < 0) {
			return lines;
		}
		List<LineRef> ordered = new ArrayList<>(lines.subList(0, bodyStart));
		ordered.addAll(body.subList(0, bestI));
		ordered.addAll(body.subList(bestJ, n));
		ordered.addAll(body.subList(bestI, bestJ));
		return ordered;
	}

	private static String text(List<LineRef> body, int i, PageLines page) {
		return page.text(body.get(i));
	}

}
