package org.civicatlas.ingest;

import java.math.BigDecimal;

/**
 * One figure an article reports, as the open-data contract describes it: the value normalised
 * (万 and 亿 applied), the unit as printed without them, the qualifier, what is counted, and the
 * verbatim quote with the 1-based page line it stands on.
 *
 * @param programName the name of the program the figure describes, when the sentence makes it clear
 */
public record MetricModel(BigDecimal value, BigDecimal valueMax, String unit, Approx approx, Category category,
		String label, String quote, int sourceLine, String programName) {

	/** The qualifiers of {@code spec/open-data.md}; {@code null} in a metric means exact. */
	public enum Approx {

		MORE_THAN, NEARLY, OVER, ABOUT, REACHED, TARGET;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public enum Category {

		COUNT, MONEY, PERCENT, AREA, DURATION, LENGTH, OTHER;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
