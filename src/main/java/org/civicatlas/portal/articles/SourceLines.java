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
		String[] raw = rawText.split("\r?\n", -1);
		int count = raw.length > 0 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
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
			lines.add(new Line(i + 1, raw[i], List.copyOf(order.get(i))));
		}
		return lines;
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
