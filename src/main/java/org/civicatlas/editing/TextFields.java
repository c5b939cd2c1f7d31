package org.civicatlas.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the list-like text fields of the forms: one item per line, names separated by
 * spaces or commas, a body of paragraphs separated by blank lines. Writing them back is
 * the reverse, so a form shows a record the way an editor types it.
 */
public final class TextFields {

	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\h]*\\R[\\s]*");

	private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,，、;；]+");

	private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]");

	private TextFields() {
	}

	/** One item per line, blank lines dropped. */
	public static List<String> lines(String text) {
		return split(text, LINE_BREAK);
	}

	/** Words separated by spaces, commas or 、 (bylines, codes). */
	public static List<String> words(String text) {
		return split(text, NAME_SEPARATORS);
	}

	/**
	 * The paragraphs of a body. A single line break inside a paragraph is where an
	 * editor's text wrapped: it goes, as in the importer's cleaning, except between two
	 * Latin letters or digits.
	 */
	public static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : split(text, BLANK_LINES)) {
			StringBuilder joined = new StringBuilder();
			for (String line : lines(paragraph)) {
				if (!joined.isEmpty() && latin(joined.charAt(joined.length() - 1)) && latin(line.charAt(0))) {
					joined.append(' ');
				}
				joined.append(line);
			}
			paragraphs.add(joined.toString());
		}
		return paragraphs;
	}

	public static String body(String text) {
		return String.join("\n\n", paragraphs(text));
	}

	public static String joinLines(List<String> items) {
		return String.join("\n", items);
	}

	public static String joinWords(List<?> items) {
		return String.join(" ", items.stream().map(String::valueOf).toList());
	}

	/** The text stripped, or null when nothing is left. */
	public static String trimToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static List<String> split(String text, Pattern separator) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(separator.split(text.strip())).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static boolean latin(char c) {
		return ALPHANUMERIC.matcher(String.valueOf(c)).matches();
	}

}
