package org.civicatlas.ingest.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One table, a row per measure and a column per run. A new measure is a new {@link Row}:
 * a name and how to print it from a run's {@link Scores}.
 */
final class QualityTable {

	record Row(String name, Function<Scores, String> cell) {
	}

	static final List<Row> ROWS = List.of(new Row("articles exact (P/R)", s -> pr(s.count(QualityScorer.ARTICLES))),
			new Row("body sentences (P/R)", s -> pr(s.count(QualityScorer.SENTENCES))),
			new Row("bylines (P/R)", s -> pr(s.count(QualityScorer.BYLINES))),
			new Row("district (P/R)", s -> pr(s.count(QualityScorer.DISTRICT))),
			new Row("townships (F1)",
					s -> ratio(s.count(QualityScorer.TOWNSHIPS).f1(), s.count(QualityScorer.TOWNSHIPS))),
			new Row("figures core (P/R)",
					s -> format(s.count(QualityScorer.FIGURES_ANNOTATED).precision()) + " / "
							+ format(s.count(QualityScorer.FIGURES).recall())),
			new Row("figures on right article", s -> recall(s.count(QualityScorer.FIGURE_ARTICLE))),
			new Row("figures on right program", s -> recall(s.count(QualityScorer.FIGURE_PROGRAM))),
			new Row("figures tied, articles naming programs", s -> recall(s.count(QualityScorer.FIGURE_TIED))));

	private final Map<String, Scores> runs = new LinkedHashMap<>();

	void add(String run, Scores scores) {
		runs.put(run, scores);
	}

	String render() {
		List<String[]> cells = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("measure"));
		header.addAll(runs.keySet());
		cells.add(header.toArray(String[]::new));
		for (Row row : ROWS) {
			List<String> line = new ArrayList<>(List.of(row.name()));
			runs.values().forEach(scores -> line.add(row.cell().apply(scores)));
			cells.add(line.toArray(String[]::new));
		}
		int[] widths = new int[header.size()];
		cells.forEach(line -> {
			for (int i = 0; i < line.length; i++) {
				widths[i] = Math.max(widths[i], line[i].length());
			}
		});
		StringBuilder out = new StringBuilder();
		for (String[] line : cells) {
			for (int i = 0; i < line.length; i++) {
				out.append("| ").append(String.format("%-" + widths[i] + "s", line[i])).append(' ');
			}
			out.append("|\n");
		}
		return out.toString();
	}

	private static String pr(Scores.Count count) {
		return format(count.precision()) + " / " + format(count.recall());
	}

	private static String recall(Scores.Count count) {
		return count.expected == 0 ? "–"
				: format(count.recall()) + " (" + count.truePositives + "/" + count.expected + ")";
	}

	private static String ratio(double value, Scores.Count count) {
		return count.expected == 0 ? "–" : format(value);
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

}
