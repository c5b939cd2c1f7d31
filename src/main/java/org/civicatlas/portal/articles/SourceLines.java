package org.civicatlas.portal.articles;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a newspaper page as {@code cat -n} numbers them (1-based, blank lines
 * counted, a final newline ending the last line rather than starting an empty one), each
 * with the places it takes in the article's reading order. The article reads some lines
 * out of page order (columns), and reads a line split into columns more than once.
 */
final class SourceLines {

	/**
	 * A page line; {@code readingOrder} holds the 1-based steps at which the article
	 * reads it.
	 */
	record Line(int number, String text, List<Integer> readingOrder) {

		public boolean isMarked() {
			return !readingOrder.isEmpty();
		}

	}

	/**
	 * Consecutive marked lines, blank lines between them included: one stretch of the
	 * article.
	 */
	record Run(int first, int last) {
	}

	private SourceLines() {
	}

	static List<Line> lines(String rawText, List<Integer> articleLines) {
		List<String> raw = split(rawText);
		int count = !raw.isEmpty() && raw.get(raw.size() - 1).isEmpty() ? raw.size() - 1 : raw.size();
		List<List<Integer>> order = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			order.add(new ArrayList<>());
		}
		for (int step = 0; step < articleLines.size(); step++) {
			int number = articleLines.get(step);
			if (number >= 1 && number <= count) {
				order.get(number - 1).add(step + 1);
			}
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			lines.add(new Line(i + 1, raw.get(i), List.copyOf(order.get(i))));
		}
		return lines;
	}

	/**
	 * The text cut at every line end ({@code \n} or {@code \r\n}), an empty last piece
	 * after a final one: what {@code split("\r?\n", -1)} gives, without a regular
	 * expression over the whole page (most of this page's own work at 300 lines).
	 */
	static List<String> split(String text) {
		List<String> pieces = new ArrayList<>();
		int start = 0;
		for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
			pieces.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
			start = end + 1;
		}
		pieces.add(text.substring(start));
		return pieces;
	}

	static List<Run> runs(List<Line> lines) {
		List<Run> runs = new ArrayList<>();
		Integer first = null;
		Integer last = null;
		for (Line line : lines) {
			if (line.isMarked()) {
				if (first == null) {
					first = line.number();
				}
				last = line.number();
			}
			else if (first != null && !line.text().isBlank()) {
				runs.add(new Run(first, last));
				first = null;
			}
		}
		if (first != null) {
			runs.add(new Run(first, last));
		}
		return runs;
	}

}
