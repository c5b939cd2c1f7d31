package org.civicatlas.ingest;

import java.math.BigDecimal;

/**
 * One figure an article reports, as the open-data contract describes it: the value
 * normalised (万 and 亿 applied), the unit as printed without them, the qualifier, what is
 * counted, and the verbatim quote with the 1-based page line it stands on.
 *
 * @param programName the name of the program the figure describes, when the article makes
 * it clear
 * @param per the basis of a rate (人均, 每亩, 月增收 …), {@code null} for a total: rates are
 * never added to totals
 */
public record MetricModel(BigDecimal value, BigDecimal valueMax, String unit, Approx approx, Category category,
		String label, String quote, int sourceLine, String programName, Per per) {

	/** The same figure, tied to a program (or to none). */
	public MetricModel withProgram(String name) {
		return new MetricModel(value, valueMax, unit, approx, category, label, quote, sourceLine, name, per);
	}

	/**
	 * What a rate is counted per; the keys are those of the open-data contract's
	 * {@code per}.
	 */
	public enum Per {

		PERSON("person"), HOUSEHOLD("household"), MU("亩"), MONTH("month"), YEAR("year"), DAY("day");

		private final String key;

		Per(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

	}

	/**
	 * The qualifiers of {@code spec/open-data.md}; {@code null} in a metric means exact.
	 */
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
