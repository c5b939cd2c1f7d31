package org.civicatlas.metric.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds a figure's quote in the raw text of its article's page. Whitespace is ignored on
 * both sides, because the page breaks lines inside sentences and pads narrow columns with
 * spaces; every other character must match, so a figure stays traceable to the
 * newspaper's words. Where the page prints an article in columns out of reading order, a
 * sentence runs on in another place of the page: the quote is then looked up in the
 * article's own lines, in its reading order.
 */
final class QuoteCheck {

	/**
	 * @param lines the 1-based page lines (blank lines counted) the quote runs over, in
	 * reading order; empty when it was not found
	 */
	record Result(List<Integer> lines) {

		boolean found() {
			return !lines.isEmpty();
		}

		/** The line the quote starts on; null when not found. */
		Integer line() {
			return found() ? lines.get(0) : null;
		}

	}

	private static final Result NOT_FOUND = new Result(List.of());

	private QuoteCheck() {
	}

	/**
	 * @param articleLines the article's source lines, in reading order
	 */
	static Result find(String page, List<Integer> articleLines, String quote) {
		String wanted = withoutWhitespace(quote);
		if (wanted.isEmpty()) {
			return NOT_FOUND;
		}
		String[] lines = page.split("\r?\n", -1);
		Result inPage = search(lines, IntStream.rangeClosed(1, lines.length).boxed().toList(), wanted);
		return inPage.found() ? inPage : search(lines, articleLines, wanted);
	}

	private static Result search(String[] lines, List<Integer> order, String wanted) {
		StringBuilder text = new StringBuilder();
		List<int[]> starts = new ArrayList<>();
		for (int number : order) {
			if (number >= 1 && number <= lines.length) {
				starts.add(new int[] { text.length(), number });
				text.append(withoutWhitespace(lines[number - 1]));
			}
		}
		int at = text.indexOf(wanted);
		if (at < 0) {
			return NOT_FOUND;
		}
		int end = at + wanted.length();
		List<Integer> spanned = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int start = starts.get(i)[0];
			int next = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
			if (start < end && next > at && next > start) {
				spanned.add(starts.get(i)[1]);
			}
		}
		return new Result(spanned);
	}

	private static String withoutWhitespace(String text) {
		return text.codePoints()
			.filter(c -> !Character.isWhitespace(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

}
