package org.civicatlas.system;

import java.math.BigDecimal;

/**
 * Figures as people write them, everywhere the portal shows or serves one (pages, forms,
 * history, CSV and JSON): 50000, not 50000.0000 or 5E+4. A missing figure stays null.
 */
public final class PlainNumbers {

	private PlainNumbers() {
	}

	public static String text(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	/** The same figure as a JSON number: a whole number without a fraction. */
	public static Number number(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() <= 0 ? stripped.toBigIntegerExact() : stripped;
	}

}
