package org.civicatlas.ingest.metric;

import java.math.BigDecimal;

/**
 * Reads numbers written with Chinese numerals: positional ({@code 一千二百}, {@code 三万五千},
 * {@code 一百零五}, {@code 十余}) and digit by digit ({@code 二〇二三}, as years are written).
 */
final class ChineseNumerals {

	/** Every character that may stand in a Chinese numeral. */
	static final String CHARACTERS = "零〇一二两三四五六七八九十百千万亿";

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumerals() {
	}

	static boolean isNumeral(char c) {
		return CHARACTERS.indexOf(c) >= 0;
	}

	/**
	 * Whether the numeral holds a digit (or is 十): a bare 百, 千 or 万 is a magnitude that
	 * only means a number after 上, 近 … ({@code 上百名}); on its own it is part of a word
	 * ({@code 千家万户}).
	 */
	static boolean hasDigit(String numeral) {
		for (char c : numeral.toCharArray()) {
			if (digit(c) > 0 || c == '十') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The value of {@code numeral}, or {@code null} when it is not a well-formed numeral.
	 */
	static BigDecimal parse(String numeral) {
		if (numeral.isEmpty()) {
			return null;
		}
		if (isDigitByDigit(numeral)) {
			StringBuilder digits = new StringBuilder();
			for (char c : numeral.toCharArray()) {
				digits.append(digit(c));
			}
			return new BigDecimal(digits.toString());
		}
		return positional(numeral);
	}

	/** {@code 二〇二三}: several digits and no place word (十, 百, 千 …). */
	private static boolean isDigitByDigit(String numeral) {
		if (numeral.length() < 2) {
			return false;
		}
		for (char c : numeral.toCharArray()) {
			if (digit(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Reads the part before 亿, the part before 万 and the rest, each as thousands,
	 * hundreds, tens and units; 零 only marks a gap ({@code 一百零五}), and a lone last digit
	 * right after 百, 千, 万 or 亿 is the next lower place, as people abbreviate ({@code 一万二}
	 * is 12000, {@code 三百五} is 350).
	 */
	private static BigDecimal positional(String numeral) {
		BigDecimal total = BigDecimal.ZERO;
		long wan = 0;
		long section = 0;
		long pending = -1;
		long lastPlace = 0;
		for (char c : numeral.toCharArray()) {
			int d = digit(c);
			if (d >= 0) {
				if (pending > 0) {
					return null; // two digits in a row inside a positional numeral: 三五百
				}
				pending = d;
				lastPlace = c == '零' || c == '〇' ? 0 : lastPlace;
				continue;
			}
			long unit = pending < 0 ? 1 : pending;
			switch (c) {
				case '十', '百', '千' -> section += unit * place(c);
				case '万' -> {
					wan = orOne(section + Math.max(pending, 0)) * 10_000L;
					section = 0;
				}
				case '亿' -> {
					total = total.add(BigDecimal.valueOf(orOne(wan + section + Math.max(pending, 0))))
						.multiply(BigDecimal.valueOf(100_000_000L));
					wan = 0;
					section = 0;
				}
				default -> {
					return null;
				}
			}
			pending = -1;
			lastPlace = c == '十' ? 0 : place(c);
		}
		long rest = pending > 0 && lastPlace > 0 ? pending * lastPlace / 10 : Math.max(pending, 0);
		return total.add(BigDecimal.valueOf(wan + section + rest));
	}

	private static long orOne(long value) {
		return value == 0 ? 1 : value;
	}

	private static long place(char c) {
		return switch (c) {
			case '十' -> 10;
			case '百' -> 100;
			case '千' -> 1000;
			case '万' -> 10_000;
			default -> 100_000_000;
		};
	}

	/** 0–9 for a digit character (两 is 2, 零 and 〇 are 0), otherwise -1. */
	private static int digit(char c) {
		if (c == '两') {
			return 2;
		}
		if (c == '零') {
			return 0;
		}
		return DIGITS.indexOf(c);
	}

}
