package org.civicatlas.ingest.text;

import java.util.regex.Pattern;

/**
 * Headlines with a colon or a comma ({@code 青田:拓宽山区创富路}, {@code 三方携手,专治“小区病”}). A narrow
 * column cuts body text into lines of the same shape, so the line must also stand where a
 * headline stands: after a finished paragraph (checked by the caller), and above a byline
 * or a line much longer than itself, or at the top of the page.
 */
final class PunctuatedHeadlines {

	private static final int MAX_LENGTH = 24;

	/**
	 * One colon or comma after a short first phrase (a place, a topic: {@code 青田:},
	 * {@code 三方携手,}); never the marks that end a sentence or list inside one.
	 */
	private static final Pattern SHAPE = Pattern.compile("[^，,：:。；;！!？?、…]{1,6}[，,：:][^，,：:。；;！!？?、…]+");

	/**
	 * The last character of a headline is a word or a closing quotation mark, never
	 * punctuation.
	 */
	private static final Pattern LAST = Pattern.compile("[\\p{IsHan}A-Za-z0-9”’\"'」』]$");

	private static final int LONGER = 2;

	private PunctuatedHeadlines() {
	}

	static boolean matches(String line, String nextLine, boolean firstOnPage) {
		String text = line.strip();
		if (text.length() > MAX_LENGTH || !SHAPE.matcher(text).matches() || !LAST.matcher(text).find()
				|| Sentences.opensMidSentence(text)) {
			return false;
		}
		if (firstOnPage || nextLine == null) {
			return firstOnPage;
		}
		return Bylines.parseLine(nextLine).isPresent() || nextLine.strip().length() >= LONGER * text.length();
	}

}
