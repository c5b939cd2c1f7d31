package org.civicatlas.ingest.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.civicatlas.ingest.MetricModel;

/**
 * Turns the figures of one paragraph into metrics: each with what it counts, the words
 * that state it and the page line where its number stands, and the basis of a rate
 * ({@link RateBasis}). The program is left for a later stage to name.
 */
public final class MetricExtractor {

	private final FigureParser parser = new FigureParser();

	/**
	 * @param paragraph one cleaned paragraph of an article
	 * @param lineAt the 1-based page line of the character at a given offset of
	 * {@code paragraph}
	 * @return the metrics in order of appearance
	 */
	public List<MetricModel> extract(String paragraph, IntUnaryOperator lineAt) {
		NamesAndSpeech quotes = NamesAndSpeech.of(paragraph);
		List<MetricModel> metrics = new ArrayList<>();
		Figure previous = null;
		String previousLabel = null;
		for (Figure figure : parser.parse(paragraph, quotes)) {
			String label = LabelFinder.label(paragraph, quotes, figure, previous, previousLabel);
			String quote = QuoteCutter.quote(paragraph, quotes, figure);
			metrics.add(new MetricModel(figure.value(), figure.valueMax(), figure.unit(), figure.approx(),
					figure.category(), label, quote, lineAt.applyAsInt(figure.numberStart()), null,
					RateBasis.of(paragraph, figure)));
			previous = figure;
			previousLabel = label;
		}
		return List.copyOf(metrics);
	}

}
