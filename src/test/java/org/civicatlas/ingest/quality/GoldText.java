package org.civicatlas.ingest.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The common ground on which gold and pipeline text are compared: whitespace removed
 * (padding spaces of the extraction are no one's sentence), sentences cut after their
 * final mark, figures keyed by line, value and unit.
 */
final class GoldText {

	private static final String TERMINAL = "。！？!?";

	private static final String CLOSING = "”’\"')）";

	private GoldText() {
	}

	static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

	/**
	 * Sentences of a body given as one string; a last piece without a final mark is a
	 * sentence too.
	 */
	static List<String> sentences(String body) {
		String text = compact(body);
		List<String> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (TERMINAL.indexOf(text.charAt(i)) >= 0) {
				int end = i + 1;
				while (end < text.length()
						&& (TERMINAL.indexOf(text.charAt(end)) >= 0 || CLOSING.indexOf(text.charAt(end)) >= 0)) {
					end++;
				}
				sentences.add(text.substring(start, end));
				start = end;
				i = end - 1;
			}
		}
		if (start < text.length()) {
			sentences.add(text.substring(start));
		}
		return sentences;
	}

	/** How many sentences two lists share, each counted as often as both print it. */
	static int shared(List<String> expected, List<String> actual) {
		Map<String, Integer> left = new TreeMap<>();
		expected.forEach(s -> left.merge(s, 1, Integer::sum));
		int shared = 0;
		for (String sentence : actual) {
			Integer n = left.get(sentence);
			if (n != null && n > 0) {
				left.put(sentence, n - 1);
				shared++;
			}
		}
		return shared;
	}

	static String figureKey(int line, BigDecimal value, String unit) {
		return line + ":" + (value == null ? "null" : value.stripTrailingZeros().toPlainString()) + ":" + unit;
	}

	/** Program names compared without quotation marks or spaces. */
	static String programName(String name) {
		return name == null ? null : compact(name).replaceAll("[“”\"‘’']", "");
	}

}
