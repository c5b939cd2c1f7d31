package org.civicatlas.ingest.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.ingest.MetricModel.Approx;

/**
 * Finds the figures of a Chinese text: a number (Arabic or Chinese numerals, or a range
 * of two), optionally 余/多 and 万/亿, then a measure word ({@link Units}), with the
 * qualifiers around it. Numbers that state no figure (dates, ordinals, names …, see
 * {@link NonFigures}) are left out. Stateless.
 *
 * <p>
 * Give it whole sentences or paragraphs rather than bare phrases: whether a figure is
 * planned ({@link TargetCues}) and whether a number stands inside a quoted name
 * ({@link NamesAndSpeech}) are read from its context.
 */
public final class FigureParser {

	private static final String ARABIC = "[0-9０-９]{1,3}(?:,[0-9]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?";

	private static final String CHINESE = "[" + ChineseNumerals.CHARACTERS + "]+";

	private static final String NUMBER = "(?:" + ARABIC + "|" + CHINESE + ")";

	/** 千 after Arabic digits is a magnitude (5千元), unless it starts a unit (3千米). */
	private static final String MAGNITUDE = "万亿|万|亿|千(?![米克瓦])";

	/**
	 * lo, its own magnitude (3万—5万元, 5千万元), the range dash and hi, then 余/多 and a
	 * magnitude in either order (8000余万元, 1.3万余平方米). The unit is matched after, from the
	 * table.
	 */
	private static final Pattern EXPRESSION = Pattern.compile("(?<lo>" + NUMBER + ")(?<loMag>" + MAGNITUDE + ")?"
			+ "(?:[-–—－~～〜至到](?<hi>" + NUMBER + "))?" + "(?<inner>[余多])?(?<mag>" + MAGNITUDE + ")?(?<inner2>[余多])?");

	private static final String RANGE_DASHES = "-–—－~～〜至到";

	/** Parses every figure of {@code text}, in order of appearance. */
	public List<Figure> parse(String text) {
		return parse(text, NamesAndSpeech.of(text));
	}

	List<Figure> parse(String text, NamesAndSpeech quotes) {
		List<Figure> figures = new ArrayList<>();
		Matcher matcher = EXPRESSION.matcher(text);
		int at = 0;
		while (at < text.length()) {
			if (!startsNumber(text, at)) {
				at++;
				continue;
			}
			matcher.region(at, text.length());
			Figure figure = matcher.lookingAt() ? figure(text, quotes, matcher) : null;
			if (figure != null) {
				figures.add(figure);
				at = figure.end();
			}
			else {
				at = endOfRun(text, at);
			}
		}
		return List.copyOf(figures);
	}

	private static Figure figure(String text, NamesAndSpeech quotes, Matcher m) {
		String unit = Units.unitAt(text, m.end());
		int sized = unit == null && sizedItems(text, m.end()) ? 1 : 0;
		if (sized == 1) {
			unit = Units.unitAt(text, m.end() + 1); // 7大项、51小项: items of two sizes
		}
		if (unit == null) {
			return null;
		}
		int numberStart = m.start();
		int unitEnd = m.end() + sized + unit.length();
		String lo = m.group("lo");
		String hi = m.group("hi");
		boolean chinese = ChineseNumerals.isNumeral(lo.charAt(0));
		String before = qualifierBefore(text, numberStart, lo, chinese);
		int start = numberStart - (before == null ? 0 : before.length());
		String inner = m.group("inner") != null ? m.group("inner") : m.group("inner2");
		String moreThanUnits = inner == null ? moreThanUnits(text, m.end()) : null;
		if (moreThanUnits != null) {
			// 五个多小时, 两个多月: more than five hours, not five of something
			unitEnd = m.end() + MORE_THAN_UNITS.length() + moreThanUnits.length();
			unit = moreThanUnits.equals("月") ? "个月" : moreThanUnits;
			inner = "多";
		}
		boolean rounded = inner != null || m.group("loMag") != null || m.group("mag") != null;
		var match = new NonFigures.Match(start, numberStart, lo, hi, chinese, rounded, unit, unitEnd, before);
		if (NonFigures.rejects(text, quotes, match)) {
			return null;
		}
		// the magnitude after a range applies to both ends (3—5万元) unless the lower end
		// has its own
		long loMagnitude = magnitude(m.group("loMag"))
				* (hi == null || m.group("loMag") == null ? magnitude(m.group("mag")) : 1);
		BigDecimal value = scaled(lo, loMagnitude);
		BigDecimal valueMax = hi == null ? null : scaled(hi, magnitude(m.group("mag")));
		if (value == null || hi != null && (valueMax == null || valueMax.compareTo(value) <= 0)) {
			return null; // not a well-formed numeral (三五百), or two numbers that do not
							// rise: no range
		}
		if (hi == null) {
			// 2.4万元至2.8万元: a range that prints its unit at both ends
			Matcher upper = EXPRESSION.matcher(text);
			int from = unitEnd + 1;
			if (unitEnd < text.length() && RANGE_DASHES.indexOf(text.charAt(unitEnd)) >= 0 && from < text.length()
					&& startsNumber(text, from) && upper.region(from, text.length()).lookingAt()
					&& upper.group("hi") == null && unit.equals(Units.unitAt(text, upper.end()))) {
				BigDecimal top = scaled(upper.group("lo"),
						magnitude(upper.group("loMag")) * magnitude(upper.group("mag")));
				if (top != null && top.compareTo(value) > 0) {
					valueMax = top;
					unitEnd = upper.end() + unit.length();
				}
			}
		}
		String after = Qualifiers.after(text, unitEnd);
		int end = unitEnd + (after == null ? 0 : after.length());
		Approx approx = approx(text, quotes, start, before, inner, after);
		return new Figure(value, valueMax, unit, approx, Units.categoryOf(unit), start, numberStart, end);
	}

	/** 大 or 小 between a number and 项 sorts items by size: 7大项、51小项 are 7 and 51 items. */
	private static boolean sizedItems(String text, int at) {
		return at + 1 < text.length() && "大小".indexOf(text.charAt(at)) >= 0 && "项".equals(Units.unitAt(text, at + 1));
	}

	/** 个多 between a number and a time unit: 五个多小时 is more than five hours. */
	private static final String MORE_THAN_UNITS = "个多";

	private static final List<String> TIME_AFTER_MORE = List.of("小时", "月");

	private static String moreThanUnits(String text, int at) {
		if (!Units.startsWith(text, at, MORE_THAN_UNITS)) {
			return null;
		}
		return TIME_AFTER_MORE.stream()
			.filter(unit -> Units.startsWith(text, at + MORE_THAN_UNITS.length(), unit))
			.findFirst()
			.orElse(null);
	}

	/**
	 * 上 counts as a qualifier only before a bare magnitude (上百名), where it cannot be a
	 * verb.
	 */
	private static String qualifierBefore(String text, int numberStart, String lo, boolean chinese) {
		boolean bareMagnitude = chinese && !ChineseNumerals.hasDigit(lo);
		if (bareMagnitude && Units.startsWith(text, numberStart - 1, Qualifiers.UPWARDS)) {
			return Qualifiers.UPWARDS;
		}
		return Qualifiers.before(text, numberStart);
	}

	/**
	 * A planned figure is a target whatever else qualifies it; otherwise the word after
	 * the number (余, 多, 以上) wins over the one before (达, 约 …), as it bounds the number
	 * more closely: 累计达40余万元 is more than 400000.
	 */
	private static Approx approx(String text, NamesAndSpeech quotes, int start, String before, String inner,
			String after) {
		if (TargetCues.planned(text, quotes, start)) {
			return Approx.TARGET;
		}
		if (inner != null) {
			return Qualifiers.ofInner(inner.charAt(0));
		}
		if (after != null) {
			return Qualifiers.approxOfAfter(after);
		}
		return before == null ? null : Qualifiers.approxOf(before);
	}

	private static BigDecimal scaled(String number, long magnitude) {
		BigDecimal value = ChineseNumerals.isNumeral(number.charAt(0)) ? ChineseNumerals.parse(number)
				: Numbers.arabic(number);
		return value == null ? null : Numbers.normalise(value.multiply(BigDecimal.valueOf(magnitude)));
	}

	private static long magnitude(String word) {
		if (word == null) {
			return 1;
		}
		return switch (word) {
			case "千" -> 1_000L;
			case "万" -> 10_000L;
			case "亿" -> 100_000_000L;
			default -> 1_000_000_000_000L; // 万亿
		};
	}

	/**
	 * A number starts where a digit or numeral follows something that is not part of a
	 * number.
	 */
	private static boolean startsNumber(String text, int at) {
		char c = text.charAt(at);
		char before = at > 0 ? text.charAt(at - 1) : '\0';
		if (isDigit(c)) {
			boolean thousands = before == ',' && at > 1 && isDigit(text.charAt(at - 2));
			return !isDigit(before) && before != '.' && before != '．' && !thousands;
		}
		return ChineseNumerals.isNumeral(c) && !ChineseNumerals.isNumeral(before);
	}

	/**
	 * Skips the rest of a number that gave no figure, so that its tail (023 of 2023年) is
	 * not read again.
	 */
	private static int endOfRun(String text, int at) {
		int i = at + 1;
		boolean chinese = ChineseNumerals.isNumeral(text.charAt(at));
		while (i < text.length() && (chinese ? ChineseNumerals.isNumeral(text.charAt(i))
				: isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '．')) {
			i++;
		}
		return i;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9' || c >= '０' && c <= '９';
	}

}
