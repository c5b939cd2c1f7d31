package org.civicatlas.ingest;

import java.util.List;

/**
 * A clean article of a page, with everything the pipeline found in it.
 *
 * @param paragraphs the body, paragraphs in reading order
 * @param sourceLines every page line (1-based, blank lines counted) it was built from, in
 * reading order
 * @param incomplete whether the page cuts it off
 * @param corrected whether an editorial correction laid out its lines
 * @param programs positions in the page's program list of the programs it describes
 * @param placed every line the article took, captions and dropped repeats included, with
 * its role
 */
public record ArticleModel(String headline, String subhead, List<String> bylines, List<String> paragraphs,
		List<String> captions, List<Integer> sourceLines, boolean incomplete, boolean corrected, PlaceMatch places,
		List<Integer> programs, List<MetricModel> metrics, List<PlacedLine> placed) {

	public ArticleModel {
		bylines = List.copyOf(bylines);
		paragraphs = List.copyOf(paragraphs);
		captions = List.copyOf(captions);
		sourceLines = List.copyOf(sourceLines);
		programs = List.copyOf(programs);
		metrics = List.copyOf(metrics);
		placed = List.copyOf(placed);
	}

	public String body() {
		return String.join("\n\n", paragraphs);
	}

}
