package org.civicatlas.portal.places;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** A notable figure of an article: what is counted, the value as stored, and the sentence that states it. */
record Highlight(long articleId, String headline, String label, BigDecimal value, BigDecimal valueMax, String unit,
		String approx, String quote) {

	/** The message key of how the figure reads: exact, or qualified ({@code more_than}, {@code nearly} …). */
	public String wording() {
		return "places.figure." + (approx == null ? "exact" : approx);
	}

	/** The number with the locale's digit grouping (50,000), a range as "10–12". */
	public String number(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(4);
		String number = format.format(value);
		return valueMax == null || valueMax.compareTo(value) == 0 ? number : number + "–" + format.format(valueMax);
	}

}
