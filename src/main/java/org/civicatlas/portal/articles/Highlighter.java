package org.civicatlas.portal.articles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts an article's paragraphs into plain and marked segments, one mark per figure, so
 * that the page can render every segment as text (escaped) and still highlight the
 * figures. A figure is marked where its quote stands, on the printed number when
 * {@link FigureFinder} finds it there, else on the whole quote. Quotes often overlap
 * (several figures of one sentence) and two figures may even be the same words; marks
 * never overlap, so such a figure shares the mark already there. A figure whose quote is
 * in no paragraph is returned as unplaced.
 */
final class Highlighter {

	/** What the highlighter needs of a figure. */
	record Figure(long id, String quote, String label, BigDecimal value, String unit) {
	}

	/**
	 * A piece of a paragraph; marked when it names figures, the first one owning the
	 * mark.
	 */
	record Segment(String text, List<Long> figureIds) {

		public boolean isMarked() {
			return !figureIds.isEmpty();
		}

	}

	record Result(List<List<Segment>> paragraphs, List<Long> unplaced) {
	}

	private record Span(int paragraph, int start, int end, List<Long> ids) {

		boolean overlaps(Candidate candidate) {
			return paragraph == candidate.paragraph() && start < candidate.end() && candidate.start() < end;
		}

	}

	private record Candidate(int paragraph, int start, int end, boolean nextToLabel) {
	}

	private Highlighter() {
	}

	static Result highlight(List<String> paragraphs, List<Figure> figures) {
		List<Span> spans = new ArrayList<>();
		List<Long> unplaced = new ArrayList<>();
		for (Figure figure : figures) {
			List<Candidate> candidates = candidates(paragraphs, figure);
			if (candidates.isEmpty()) {
				unplaced.add(figure.id());
				continue;
			}
			// a free place first (two figures of one sentence get one mark each), then
			// one next to the
			// figure's label, then the first in reading order
			Candidate best = candidates.stream()
				.min(Comparator.comparing((Candidate c) -> spans.stream().anyMatch(span -> span.overlaps(c)))
					.thenComparing(c -> !c.nextToLabel()))
				.orElseThrow();
			spans.stream()
				.filter(span -> span.overlaps(best))
				.findFirst()
				.ifPresentOrElse(span -> span.ids().add(figure.id()), () -> spans
					.add(new Span(best.paragraph(), best.start(), best.end(), new ArrayList<>(List.of(figure.id())))));
		}
		List<List<Segment>> segmented = new ArrayList<>();
		for (int p = 0; p < paragraphs.size(); p++) {
			int paragraph = p;
			segmented.add(
					segments(paragraphs.get(p), spans.stream().filter(span -> span.paragraph() == paragraph).toList()));
		}
		return new Result(segmented, unplaced);
	}

	private static List<Candidate> candidates(List<String> paragraphs, Figure figure) {
		List<Candidate> candidates = new ArrayList<>();
		String quote = figure.quote();
		if (quote == null || quote.isEmpty()) {
			return candidates;
		}
		List<FigureFinder.Found> inQuote = FigureFinder.find(quote, figure.value(), figure.unit(), figure.label());
		for (int p = 0; p < paragraphs.size(); p++) {
			String text = paragraphs.get(p);
			for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
				if (inQuote.isEmpty()) {
					candidates.add(new Candidate(p, at, at + quote.length(), false));
				}
				for (FigureFinder.Found found : inQuote) {
					candidates.add(new Candidate(p, at + found.start(), at + found.end(), found.nextToLabel()));
				}
			}
		}
		return candidates;
	}

	private static List<Segment> segments(String text, List<Span> spans) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (Span span : spans.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
			if (span.start() > at) {
				segments.add(new Segment(text.substring(at, span.start()), List.of()));
			}
			segments.add(new Segment(text.substring(span.start(), span.end()), List.copyOf(span.ids())));
			at = span.end();
		}
		if (at < text.length() || segments.isEmpty()) {
			segments.add(new Segment(text.substring(at), List.of()));
		}
		return segments;
	}

}
