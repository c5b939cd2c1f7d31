package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A headline printed in two pieces far apart on a page of scattered narrow columns (one
 * piece over the start of the text, the other over a piece from its middle). Each piece
 * is a short line of one phrase without a byline, over narrow column lines; the piece
 * whose text opens mid-sentence heads no article of its own. When exactly one such piece
 * stands over narrow text that opens a sentence, it and the first piece over text that
 * opens mid-sentence are one headline, and their texts one article (with two or more
 * openings the page is left as it is: nothing says which one the piece belongs to).
 */
final class HeadlinePieces {

	private HeadlinePieces() {
	}

	static void join(List<Draft> drafts, PageLines page, Map<LineRef, LineKind> kinds) {
		List<Draft> openings = new ArrayList<>();
		List<Draft> pieces = new ArrayList<>();
		for (Draft draft : drafts) {
			if (piece(draft, page, kinds)) {
				(Sentences.opensMidSentence(firstBody(draft, page)) ? pieces : openings).add(draft);
			}
		}
		if (openings.size() != 1 || pieces.isEmpty()) {
			return;
		}
		Draft opening = openings.get(0);
		Draft piece = pieces.get(0);
		List<LineRef> body = new ArrayList<>(piece.lines.subList(1, piece.lines.size()));
		opening.lines.add(1, piece.lines.get(0));
		opening.lines.addAll(body);
		opening.headlineLines = 2;
		opening.captions.addAll(piece.captions);
		opening.duplicates.addAll(piece.duplicates);
		drafts.remove(piece);
	}

	/** A one-phrase short headline, no byline, over a narrow column line. */
	private static boolean piece(Draft draft, PageLines page, Map<LineRef, LineKind> kinds) {
		String headline = page.text(draft.lines.get(0)).strip();
		return draft.headlineLines == 1 && draft.lines.size() > 1 && !headline.contains(" ")
				&& TextCleaner.headline(headline).length() <= LineClassifier.SHORT_HEADLINE_LENGTH
				&& ScatteredColumns.narrow(draft.lines.get(1), page, kinds)
				&& kinds.get(draft.lines.get(1)) == LineKind.BODY
				&& draft.lines.stream().noneMatch(ref -> kinds.get(ref) == LineKind.BYLINE);
	}

	private static String firstBody(Draft draft, PageLines page) {
		return page.text(draft.lines.get(1));
	}

}
