package org.civicatlas.portal.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Breaks a title into lines of a given width: Chinese may break between any two
 * characters, Latin words (an English headline, pinyin) only at spaces; a word wider than
 * a line is cut. Past {@code maxLines} the last line ends with an ellipsis.
 */
final class Lines {

	private static final String ELLIPSIS = "…";

	private Lines() {
	}

	static List<String> wrap(String text, int width, ToIntFunction<String> measure, int maxLines) {
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String piece : pieces(text.strip())) {
			if (line.isEmpty()) {
				line = piece.stripLeading();
			}
			else if (measure.applyAsInt((line + piece).stripTrailing()) <= width) {
				line = line + piece;
			}
			else {
				lines.add(line.strip());
				line = piece.stripLeading();
			}
			// a word wider than a line is cut where it stops fitting
			while (line.codePointCount(0, line.length()) > 1 && measure.applyAsInt(line.stripTrailing()) > width) {
				int end = fitting(line, width, measure);
				lines.add(line.substring(0, end));
				line = line.substring(end);
			}
		}
		if (!line.isBlank()) {
			lines.add(line.strip());
		}
		if (lines.size() <= maxLines) {
			return lines;
		}
		List<String> shown = new ArrayList<>(lines.subList(0, maxLines));
		String last = shown.get(maxLines - 1);
		while (!last.isEmpty() && measure.applyAsInt(last + ELLIPSIS) > width) {
			last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
		}
		shown.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
		return shown;
	}

	/**
	 * The units a line may break after: each Chinese character (with the punctuation that
	 * follows it), each Latin word with its following space.
	 */
	static List<String> pieces(String text) {
		List<String> pieces = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		text.codePoints().forEach(c -> {
			boolean latin = c < 0x2E80 && !Character.isWhitespace(c);
			if (latin) {
				word.appendCodePoint(c);
				return;
			}
			if (Character.isWhitespace(c)) {
				word.append(' ');
				pieces.add(word.toString());
				word.setLength(0);
				return;
			}
			if (!word.isEmpty()) {
				pieces.add(word.toString());
				word.setLength(0);
			}
			if (!pieces.isEmpty() && isClosing(c)) {
				// a closing mark never starts a line
				pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + Character.toString(c));
				return;
			}
			pieces.add(Character.toString(c));
		});
		if (!word.isEmpty()) {
			pieces.add(word.toString());
		}
		return pieces;
	}

	private static boolean isClosing(int c) {
		return "，。、；：？！”’）》」』】〕…".indexOf(c) >= 0;
	}

	/** How many chars of the line fit the width (at least one code point). */
	private static int fitting(String line, int width, ToIntFunction<String> measure) {
		int end = line.offsetByCodePoints(0, 1);
		while (end < line.length()) {
			int next = line.offsetByCodePoints(end, 1);
			if (measure.applyAsInt(line.substring(0, next)) > width) {
				break;
			}
			end = next;
		}
		return end;
	}

}
