package org.civicatlas.ingest.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.ingest.LinePlaces.Place;
import org.civicatlas.ingest.LineRole;

/**
 * A numbered line of a page under review, with the labels of the draft articles built
 * from it and its role, so that the editor can check each article against the lines it
 * came from and see the lines that went nowhere.
 *
 * @param number 1-based, blank lines counted, as the articles' source lines and the open
 * data count
 * @param role where the line went; null for a blank line
 */
record SourceLine(int number, String text, List<String> articles, LineRole role) {

	public boolean unassigned() {
		return role == LineRole.UNASSIGNED;
	}

	static List<SourceLine> of(String rawText, int lineCount, List<Place> places, List<ReviewQueries.Draft> drafts) {
		Map<Long, String> labels = new HashMap<>();
		drafts.forEach(draft -> labels.put(draft.id(), draft.label()));
		Map<Integer, List<String>> marks = new HashMap<>();
		Map<Integer, LineRole> roles = new HashMap<>();
		for (Place place : places) {
			roles.putIfAbsent(place.line(), place.role());
			if (place.article() != null && labels.containsKey(place.article()) && place.role() != LineRole.DUPLICATE) {
				marks.computeIfAbsent(place.line(), n -> new ArrayList<>()).add(labels.get(place.article()));
			}
		}
		String[] raw = rawText.split("\r?\n", -1);
		List<SourceLine> lines = new ArrayList<>(lineCount);
		for (int i = 0; i < Math.min(lineCount, raw.length); i++) {
			lines.add(new SourceLine(i + 1, raw[i], marks.getOrDefault(i + 1, List.of()), roles.get(i + 1)));
		}
		return lines;
	}

}
