package org.civicatlas.portal.articles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a figure is printed inside its quote: the number with its qualifier, 万/亿
 * and unit ({@code 近30万元}, {@code 5万余元}, {@code 二个}, {@code 97%}), so that the article
 * page can mark the figure rather than the whole, often overlapping, quote. A quote
 * states several figures of one unit more often than not, so a place counts only when its
 * number is the figure's value.
 */
final class FigureFinder {

	/**
	 * A place of the figure in the quote, and whether the figure's label stands right
	 * next to it.
	 */
	record Found(int start, int end, boolean nextToLabel) {
	}

	private static final String NUMBER = "[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+";

	private static final String FIGURE = "(?:超过|达到|突破|近|约|超|逾|达)?(?<number>" + NUMBER + ")?" + "(?:[—–~～至-](?:" + NUMBER
			+ "))?(?<before>[万亿])?[余多]?(?<after>[万亿])?%s(?:以上)?";

	private static final String DIGITS = "零一二三四五六七八九";

	private FigureFinder() {
	}

	static List<Found> find(String quote, BigDecimal value, String unit, String label) {
		List<Found> found = new ArrayList<>();
		if (unit == null || unit.isEmpty()) {
			return found;
		}
		String unitPattern = unit.equals("%") ? "[%％]" : Pattern.quote(unit);
		Matcher matcher = Pattern.compile(FIGURE.formatted(unitPattern)).matcher(quote);
		while (matcher.find()) {
			String number = matcher.group("number");
			String before = matcher.group("before");
			String after = matcher.group("after");
			// a unit alone (元 in 美元, or the 元 of 亿元 after a skipped number) is no figure
			if (number == null && before == null && after == null) {
				continue;
			}
			BigDecimal printed = value(number, before, after);
			if (value == null || (printed != null && printed.compareTo(value) == 0)) {
				found.add(new Found(matcher.start(), matcher.end(), nextToLabel(quote, matcher, label)));
			}
		}
		return found;
	}

	private static boolean nextToLabel(String quote, Matcher matcher, String label) {
		return label != null && !label.isBlank()
				&& (quote.startsWith(label, matcher.end()) || quote.substring(0, matcher.start()).endsWith(label));
	}

	/** The printed number times its 万 and 亿; null when it cannot be read. */
	static BigDecimal value(String number, String before, String after) {
		BigDecimal value = number == null ? BigDecimal.ONE : number(number);
		if (value == null) {
			return null;
		}
		for (String multiplier : new String[] { before, after }) {
			if (multiplier != null) {
				value = value.movePointRight(multiplier.equals("万") ? 4 : 8);
			}
		}
		return value;
	}

	private static BigDecimal number(String text) {
		StringBuilder ascii = new StringBuilder();
		for (char c : text.toCharArray()) {
			ascii.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
		}
		String plain = ascii.toString();
		return plain.matches("[0-9]+(\\.[0-9]+)?") ? new BigDecimal(plain) : chinese(plain);
	}

	/** Chinese numerals below 万: 二 → 2, 十 → 10, 十二 → 12, 一百二十 → 120, 百 → 100. */
	private static BigDecimal chinese(String text) {
		long total = 0;
		long digit = 0;
		for (char c : text.toCharArray()) {
			int value = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
			if (value >= 0) {
				digit = value;
				continue;
			}
			long place = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				default -> -1;
			};
			if (place < 0) {
				return null;
			}
			total += (digit == 0 ? 1 : digit) * place;
			digit = 0;
		}
		return BigDecimal.valueOf(total + digit);
	}

}
