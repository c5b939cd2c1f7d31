package org.civicatlas.ingest.text;

import java.util.List;
import java.util.Map;

/**
 * A short line of one phrase looks like a headline to the classifier, but a narrow column
 * also cuts the end of an open sentence into such a line (为100余名行业 | 从业人员开展急救培训). When
 * the story before it stops mid-sentence, no byline stands under the line, and the text
 * under it speaks of what that story speaks of (its distinctive words, as for a paragraph
 * printed after the next story), the line and its text carry that story on.
 */
final class OpenSentenceLines {

	private OpenSentenceLines() {
	}

	static void join(List<Draft> drafts, PageLines page, Map<LineRef, LineKind> kinds) {
		for (int k = drafts.size() - 1; k >= 1; k--) {
			Draft story = drafts.get(k - 1);
			Draft line = drafts.get(k);
			String headline = page.text(line.lines.get(0)).strip();
			if (!story.open || line.lines.size() < 2 || headline.contains(" ")
					|| headline.length() > LineClassifier.SHORT_HEADLINE_LENGTH
					|| kinds.get(line.lines.get(1)) != LineKind.BODY) {
				continue;
			}
			// the words each candidate alone shares with the text under the line
			List<Draft> candidates = drafts.subList(Math.max(0, k - 1 - Segmenter.JUMP_CANDIDATES), k);
			int[] distinctive = Draft.distinctiveWords(candidates, line.vocabulary);
			int shared = distinctive[candidates.size() - 1];
			int elsewhere = 0;
			for (int c = 0; c < candidates.size() - 1; c++) {
				elsewhere = Math.max(elsewhere, distinctive[c]);
			}
			if (shared >= Segmenter.MIN_SHARED && shared >= Segmenter.JUMP_FACTOR * elsewhere) {
				for (LineRef ref : line.lines) {
					story.add(ref, kinds.get(ref) == LineKind.HEADLINE ? LineKind.BODY : kinds.get(ref), page);
				}
				story.captions.addAll(line.captions);
				story.duplicates.addAll(line.duplicates);
				drafts.remove(k);
			}
		}
	}

}
