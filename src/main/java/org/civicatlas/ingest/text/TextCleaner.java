package org.civicatlas.ingest.text;

import java.util.regex.Pattern;

/** Removes what the extraction added to printed text, and nothing else. */
public final class TextCleaner {

	/**
	 * A space between two characters that are not both Latin letters or digits was a line
	 * break of a narrow column (构筑"物 阜民丰): Chinese text has no spaces of its own.
	 */
	private static final Pattern PADDING = Pattern.compile("(?<![A-Za-z0-9])\\s+|\\s+(?![A-Za-z0-9])");

	private static final Pattern RUNS = Pattern.compile("\\s+");

	private TextCleaner() {
	}

	public static String body(String line) {
		return PADDING.matcher(line.strip()).replaceAll("");
	}

	/** Headlines keep the space that separates their two phrases, as printed. */
	public static String headline(String line) {
		return RUNS.matcher(line.strip()).replaceAll(" ");
	}

}
