package org.civicatlas.ingest.text;

import java.util.List;
import java.util.Set;

/**
 * Which lines of the page make up one article, before any text is cleaned: its lines in
 * reading order (headline first), its photo captions and the lines that only repeat its
 * paragraphs.
 *
 * @param headlineLines how many of the first lines together make the headline (one,
 * unless the page printed it in two places)
 * @param corrected whether an editorial correction laid the article out rather than the
 * heuristics
 * @param incomplete whether a correction or the layout says the page cuts the article off
 * or lost part of it; the text may show it too
 */
public record ArticleLayout(List<LineRef> lines, int headlineLines, List<LineRef> captions, Set<LineRef> duplicates,
		boolean corrected, boolean incomplete) {

	public ArticleLayout {
		lines = List.copyOf(lines);
		captions = List.copyOf(captions);
		duplicates = Set.copyOf(duplicates);
	}

}
