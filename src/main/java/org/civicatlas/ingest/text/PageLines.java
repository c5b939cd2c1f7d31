package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The non-blank lines of a page by their {@link LineRef}, in page order. A line named in
 * a split is replaced by its columns: the extraction printed them word by word in turn,
 * so the i-th space-separated segment belongs to column {@code i mod n}.
 */
public final class PageLines {

	private final int lineCount;

	private final Map<LineRef, String> lines;

	private PageLines(int lineCount, Map<LineRef, String> lines) {
		this.lineCount = lineCount;
		this.lines = Collections.unmodifiableMap(lines);
	}

	public static PageLines of(String text, Map<Integer, Integer> splits) {
		String[] raw = text.split("\r?\n", -1);
		// a final newline ends the last line rather than starting an empty one
		int count = raw.length > 0 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
		Map<LineRef, String> lines = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			String line = raw[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			Integer columns = splits.get(i + 1);
			if (columns == null) {
				lines.put(LineRef.of(i + 1), line);
				continue;
			}
			String[] segments = line.split("\\s+");
			List<StringBuilder> parts = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				parts.add(new StringBuilder());
			}
			for (int s = 0; s < segments.length; s++) {
				StringBuilder part = parts.get(s % columns);
				part.append(part.isEmpty() ? "" : " ").append(segments[s]);
			}
			for (int c = 0; c < columns; c++) {
				lines.put(new LineRef(i + 1, c + 1), parts.get(c).toString());
			}
		}
		return new PageLines(count, lines);
	}

	/** How many lines the page has, blank ones included. */
	public int lineCount() {
		return lineCount;
	}

	public boolean contains(LineRef ref) {
		return lines.containsKey(ref);
	}

	public String text(LineRef ref) {
		String text = lines.get(ref);
		if (text == null) {
			throw new IllegalArgumentException("Line " + ref + " is blank or not on the page");
		}
		return text;
	}

	/** Every non-blank line (or column) in page order. */
	public List<LineRef> refs() {
		return List.copyOf(lines.keySet());
	}

}
