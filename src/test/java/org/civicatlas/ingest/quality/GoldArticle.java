package org.civicatlas.ingest.quality;

import java.util.List;
import java.util.Set;

/**
 * What a perfect import makes of one item of a page, in the one shape both annotations
 * (the seeds' and the development set's) are read into.
 *
 * @param headlineLine the page line the headline starts on: how a pipeline article is
 * matched to it
 * @param lines every line of the item in reading order (headline, byline, body; no
 * captions, no repeats)
 * @param sentences the body's sentences, whitespace removed, byline prefixes and end
 * credits left out
 * @param district official name of the main district (区/县/县级市), or null
 */
public record GoldArticle(String page, String headline, int headlineLine, List<Integer> lines, Set<String> bylines,
		List<String> sentences, String district, Set<String> townships, List<GoldFigure> figures) {

	public GoldArticle {
		lines = List.copyOf(lines);
		bylines = Set.copyOf(bylines);
		sentences = List.copyOf(sentences);
		townships = Set.copyOf(townships);
		figures = List.copyOf(figures);
	}

	/**
	 * One annotated figure.
	 *
	 * @param key line, value and unit: how a found figure is matched to it
	 * @param core whether recall counts it (the development set leaves Chinese numerals
	 * and directions of change out of its strict core; every seed figure is core)
	 * @param program the program it describes, or null (the seed annotation names none)
	 * @param quote the annotated quote, for the list of misses
	 */
	public record GoldFigure(String key, boolean core, String program, String quote) {
	}

}
