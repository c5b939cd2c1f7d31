package org.civicatlas.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A figure as a re-import compares it: what the pipeline made ({@link #of}), what it made
 * at the last import (the base) or what is stored now.
 *
 * @param programs the program's spellings (name and aliases of a stored program, the name
 * the pipeline gave), empty when the figure describes none
 */
public record FigureValues(String label, BigDecimal value, BigDecimal valueMax, String unit, String approx,
		String category, String quote, Integer sourceLine, String per, List<String> programs) {

	public FigureValues {
		programs = programs == null ? List.of() : List.copyOf(programs);
	}

	public static FigureValues of(MetricModel metric) {
		return new FigureValues(metric.label(), metric.value(), metric.valueMax(), metric.unit(),
				metric.approx() == null ? null : metric.approx().key(), metric.category().key(), metric.quote(),
				metric.sourceLine(), metric.per() == null ? null : metric.per().key(),
				metric.programName() == null ? List.of() : List.of(metric.programName()));
	}

	/**
	 * The same figure: equal values (4 decimals, as stored), and the same program under
	 * any of its spellings.
	 */
	public boolean same(FigureValues other) {
		return Objects.equals(label, other.label) && equal(value, other.value) && equal(valueMax, other.valueMax)
				&& Objects.equals(unit, other.unit) && Objects.equals(approx, other.approx)
				&& Objects.equals(category, other.category) && Objects.equals(quote, other.quote)
				&& Objects.equals(sourceLine, other.sourceLine) && Objects.equals(per, other.per) && (programs.isEmpty()
						? other.programs.isEmpty() : programs.stream().anyMatch(other.programs::contains));
	}

	/**
	 * On the same line with the same label: the strongest sign that two figures are one
	 * changed figure.
	 */
	boolean sameLabel(FigureValues other) {
		return Objects.equals(sourceLine, other.sourceLine) && Objects.equals(label, other.label);
	}

	/** On the same line with the same quote. */
	boolean sameQuote(FigureValues other) {
		return Objects.equals(sourceLine, other.sourceLine) && Objects.equals(quote, other.quote);
	}

	/** The figure as an editor reads it in the comparison. */
	public String text() {
		StringBuilder text = new StringBuilder(label).append(": ");
		text.append(plain(value)).append(valueMax == null ? "" : "–" + plain(valueMax)).append(' ').append(unit);
		if (approx != null || per != null) {
			text.append(" (")
				.append(approx == null ? "" : approx)
				.append(approx != null && per != null ? ", " : "")
				.append(per == null ? "" : "per " + per)
				.append(')');
		}
		text.append(" · ").append(sourceLine == null ? "-" : "L" + sourceLine).append(" “").append(quote).append('”');
		if (!programs.isEmpty()) {
			text.append(" · ").append(programs.get(0));
		}
		return text.toString();
	}

	private static String plain(BigDecimal number) {
		return number == null ? "?" : number.stripTrailingZeros().toPlainString();
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
