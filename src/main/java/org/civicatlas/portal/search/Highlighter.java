package org.civicatlas.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the terms of a query in result texts and cuts the texts into marked and unmarked
 * segments.
 */
final class Highlighter {

	static final String ELLIPSIS = "…";

	private final List<int[]> terms;

	Highlighter(SearchQuery query) {
		this.terms = Stream.concat(query.terms().stream(), query.alsoMarked().stream())
			.map(term -> term.codePoints().toArray())
			.toList();
	}

	/** The whole text, its hits marked. */
	List<Segment> mark(String text) {
		int[] chars = text.codePoints().toArray();
		return segments(chars, hits(chars), 0, chars.length);
	}

	/**
	 * About {@code width} characters of the text around its first hit (from the start
	 * when it has none), with an ellipsis where the text is cut.
	 */
	List<Segment> snippet(String text, int width) {
		int[] chars = text.codePoints().toArray();
		boolean[] hits = hits(chars);
		int first = 0;
		while (first < chars.length && !hits[first]) {
			first++;
		}
		int start = first == chars.length ? 0 : Math.max(0, Math.min(first - width / 4, chars.length - width));
		int end = Math.min(chars.length, start + width);
		List<Segment> segments = new ArrayList<>();
		if (start > 0) {
			segments.add(new Segment(ELLIPSIS, false));
		}
		segments.addAll(segments(chars, hits, start, end));
		if (end < chars.length) {
			segments.add(new Segment(ELLIPSIS, false));
		}
		return segments;
	}

	private boolean[] hits(int[] chars) {
		int[] folded = new int[chars.length];
		for (int i = 0; i < chars.length; i++) {
			folded[i] = Folding.fold(chars[i]);
		}
		boolean[] hits = new boolean[chars.length];
		for (int[] term : terms) {
			for (int at = 0; at + term.length <= folded.length; at++) {
				if (matchesAt(folded, term, at)) {
					for (int i = at; i < at + term.length; i++) {
						hits[i] = true;
					}
				}
			}
		}
		return hits;
	}

	private static boolean matchesAt(int[] folded, int[] term, int at) {
		for (int i = 0; i < term.length; i++) {
			if (folded[at + i] != term[i]) {
				return false;
			}
		}
		return true;
	}

	private static List<Segment> segments(int[] chars, boolean[] hits, int start, int end) {
		List<Segment> segments = new ArrayList<>();
		int from = start;
		for (int i = start + 1; i <= end; i++) {
			if (i == end || hits[i] != hits[from]) {
				segments.add(new Segment(new String(chars, from, i - from), hits[from]));
				from = i;
			}
		}
		return segments;
	}

}
