package org.civicatlas.opendata;

import java.math.BigDecimal;

/** Figures as people write them: 50000, not 50000.0000 or 5E+4. */
final class Numbers {

	private Numbers() {
	}

	static Number plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() <= 0 ? stripped.toBigIntegerExact() : stripped;
	}

	static String text(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

}
