package org.civicatlas.ingest.metric;

import java.math.BigDecimal;

/**
 * Arabic numbers as the pages print them, and the normal form every value is given in.
 */
final class Numbers {

	private Numbers() {
	}

	/**
	 * {@code 1,200}, {@code 52.73}, full-width {@code ３０}; {@code null} when not a
	 * number.
	 */
	static BigDecimal arabic(String printed) {
		StringBuilder plain = new StringBuilder(printed.length());
		for (char c : printed.toCharArray()) {
			if (c >= '０' && c <= '９') {
				plain.append((char) (c - '０' + '0'));
			}
			else if (c == '．') {
				plain.append('.');
			}
			else if (c != ',') {
				plain.append(c);
			}
		}
		try {
			return new BigDecimal(plain.toString());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Without trailing zeros, but never in exponent form: 50000, not 5E+4. */
	static BigDecimal normalise(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
