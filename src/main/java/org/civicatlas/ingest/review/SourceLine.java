package org.civicatlas.ingest.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A numbered line of a page under review, with the labels of the draft articles built from it, so
 * that the editor can check each article against the lines it came from.
 *
 * @param number 1-based, blank lines counted, as the articles' source lines and the open data count
 */
record SourceLine(int number, String text, List<String> articles) {

	static List<SourceLine> of(String rawText, int lineCount, List<ReviewQueries.Draft> drafts) {
		Map<Integer, List<String>> marks = new LinkedHashMap<>();
		for (ReviewQueries.Draft draft : drafts) {
			draft.sourceLines().forEach(line -> marks.computeIfAbsent(line, n -> new ArrayList<>()).add(draft.label()));
		}
		String[] raw = rawText.split("\r?\n", -1);
		List<SourceLine> lines = new ArrayList<>(lineCount);
		for (int i = 0; i < Math.min(lineCount, raw.length); i++) {
			lines.add(new SourceLine(i + 1, raw[i], marks.getOrDefault(i + 1, List.of())));
		}
		return lines;
	}

}
