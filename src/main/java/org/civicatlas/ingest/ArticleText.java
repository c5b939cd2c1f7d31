package org.civicatlas.ingest;

import java.util.List;

/**
 * What the later stages of the pipeline (programs, metrics) need of a cleaned article.
 *
 * @param position the article's 0-based position in the page's article list
 * @param paragraphs the cleaned paragraphs in reading order
 * @param places the places the article is about
 */
public record ArticleText(int position, String headline, List<String> paragraphs, PlaceMatch places) {

	public ArticleText {
		paragraphs = List.copyOf(paragraphs);
	}

}
