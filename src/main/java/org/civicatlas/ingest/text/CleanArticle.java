package org.civicatlas.ingest.text;

import java.util.List;

/**
 * An article's text as readers will see it: headline as printed, bylines without padding,
 * paragraphs re-joined across broken lines and in reading order, captions apart.
 *
 * @param sourceLines every page line the article was built from, in reading order
 */
public record CleanArticle(String headline, String subhead, List<String> bylines, List<Paragraph> paragraphs,
		List<String> captions, List<Integer> sourceLines, boolean incomplete, boolean corrected) {

	public CleanArticle {
		bylines = List.copyOf(bylines);
		paragraphs = List.copyOf(paragraphs);
		captions = List.copyOf(captions);
		sourceLines = List.copyOf(sourceLines);
	}

	public String body() {
		return String.join("\n\n", paragraphs.stream().map(Paragraph::text).toList());
	}

}
