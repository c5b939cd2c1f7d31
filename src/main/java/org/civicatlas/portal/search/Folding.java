package org.civicatlas.portal.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds characters the way the database function {@code search_bigrams} (V5__search.sql)
 * does: NFKC and lower case, keeping digits, Latin letters and CJK ideographs; everything
 * else separates words. Queries are cut into terms with it, and hits are found in result
 * texts with it, so a highlighted word is the word the index matched.
 */
final class Folding {

	/**
	 * What {@link #fold(int)} returns for punctuation, spaces and other characters that
	 * are not searched.
	 */
	static final int SEPARATOR = -1;

	private Folding() {
	}

	static int fold(int codePoint) {
		if (codePoint < 0x80) {
			return asciiWord(Character.toLowerCase(codePoint));
		}
		if (isStableIdeograph(codePoint)) {
			return codePoint;
		}
		// One character at a time keeps positions aligned with the original text; the few
		// characters
		// NFKC expands into several (㍿ → 株式会社) are treated as separators.
		String folded = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT);
		if (folded.codePointCount(0, folded.length()) != 1) {
			return SEPARATOR;
		}
		int single = folded.codePointAt(0);
		return single < 0x80 ? asciiWord(single) : (isIdeograph(single) ? single : SEPARATOR);
	}

	/** The folded code points of a text, one per code point of the text. */
	static int[] fold(String text) {
		return text.codePoints().map(Folding::fold).toArray();
	}

	private static int asciiWord(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ? c : SEPARATOR;
	}

	// the ranges of the character class in search_bigrams
	private static boolean isIdeograph(int c) {
		return c == 0x3007 || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
				|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
	}

	// ideographs that NFKC leaves as they are: no need to normalise them
	private static boolean isStableIdeograph(int c) {
		return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF);
	}

}
