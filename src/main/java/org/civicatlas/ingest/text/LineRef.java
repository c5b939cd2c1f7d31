package org.civicatlas.ingest.text;

/**
 * A line of the page, 1-based as {@code cat -n} counts it, or one column of a line that
 * the PDF extraction interleaved from several columns ({@code 283.2} is the second column
 * of line 283).
 */
public record LineRef(int line, int column) implements Comparable<LineRef> {

	public static LineRef of(int line) {
		return new LineRef(line, 0);
	}

	/** Parses {@code 65} or {@code 283.2}. */
	public static LineRef parse(String text) {
		int dot = text.indexOf('.');
		if (dot < 0) {
			return of(Integer.parseInt(text.trim()));
		}
		return new LineRef(Integer.parseInt(text.substring(0, dot).trim()),
				Integer.parseInt(text.substring(dot + 1).trim()));
	}

	@Override
	public int compareTo(LineRef other) {
		return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
	}

	@Override
	public String toString() {
		return column == 0 ? Integer.toString(line) : line + "." + column;
	}

}
