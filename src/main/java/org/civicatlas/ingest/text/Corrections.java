package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Editorial corrections of one page, kept as data beside the seeds where the layout
 * defeats the heuristics. They name line numbers only, never text: which lines make up an
 * article and in what order, which lines are captions, repeats or noise, and which lines
 * interleave columns.
 *
 * <pre>
 * # a comment
 * split 283 2                 line 283 interleaves two columns word by word: 283.1 and 283.2
 * noise 89                    lines that belong to no article
 * article 183 179 161-181 283.1
 * article 91+1 93-105          a headline printed across two places: 91 and 1 together
 * captions 75                 (after an article) its photo captions
 * duplicates 101              (after an article) repeats of its paragraphs, dropped
 * incomplete                  (after an article) the page cuts it off
 * </pre>
 *
 * A range {@code a-b} names the non-blank lines from a to b.
 */
public record Corrections(Map<Integer, Integer> splits, Set<LineRef> noise, List<ArticleLines> articles) {

	public static final Corrections NONE = new Corrections(Map.of(), Set.of(), List.of());

	public Corrections {
		splits = Map.copyOf(splits);
		noise = Set.copyOf(noise);
		articles = List.copyOf(articles);
	}

	/**
	 * One article as an editor laid it out: its lines in reading order, headline first.
	 *
	 * @param headlineLines how many of the first lines together make the headline
	 */
	public record ArticleLines(List<LineRef> lines, int headlineLines, Set<LineRef> captions, Set<LineRef> duplicates,
			boolean incomplete) {

		public ArticleLines {
			lines = List.copyOf(lines);
			captions = Set.copyOf(captions);
			duplicates = Set.copyOf(duplicates);
		}

		public List<LineRef> all() {
			List<LineRef> all = new ArrayList<>(lines);
			all.addAll(new TreeSet<>(captions));
			all.addAll(new TreeSet<>(duplicates));
			return all;
		}

	}

	/**
	 * Every line a correction names, with the line numbers a range stands for resolved.
	 */
	public List<LineRef> namedLines() {
		List<LineRef> named = new ArrayList<>(new TreeSet<>(noise));
		articles.forEach(article -> named.addAll(article.all()));
		return named;
	}

	public boolean isEmpty() {
		return articles.isEmpty() && noise.isEmpty() && splits.isEmpty();
	}

}
