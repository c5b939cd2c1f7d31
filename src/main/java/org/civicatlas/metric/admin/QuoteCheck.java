package org.civicatlas.metric.admin;

/**
 * Finds a figure's quote in the raw text of its article's page. Whitespace is ignored on both
 * sides, because the page breaks lines inside sentences and pads narrow columns with spaces; every
 * other character must match, so a figure stays traceable to the newspaper's words.
 */
final class QuoteCheck {

	/** @param line the 1-based page line (blank lines counted) the quote starts on; null when not found */
	record Result(boolean found, Integer line) {
	}

	private QuoteCheck() {
	}

	static Result find(String page, String quote) {
		String wanted = quote.codePoints()
			.filter(c -> !Character.isWhitespace(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		StringBuilder text = new StringBuilder(page.length());
		int[] lineOf = new int[page.length()];
		int line = 1;
		for (int i = 0; i < page.length(); i++) {
			char c = page.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (!Character.isWhitespace(c)) {
				lineOf[text.length()] = line;
				text.append(c);
			}
		}
		int at = wanted.isEmpty() ? -1 : text.indexOf(wanted);
		return at < 0 ? new Result(false, null) : new Result(true, lineOf[at]);
	}

}
