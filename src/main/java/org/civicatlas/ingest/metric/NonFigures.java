package org.civicatlas.ingest.metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.civicatlas.ingest.MetricModel.Category;

/**
 * Numbers followed by a measure word that still state no figure: dates and years, ordinals, ranks,
 * telephone numbers, numbers inside names and slogans, numerals that are words (一个缩影, 千家万户,
 * 三位一体) and vague ones (数百万元: no number can be stated, so the figure is skipped rather than given
 * a null value that could be neither charted nor compared).
 */
final class NonFigures {

	/** What the parser read, for the checks below. */
	record Match(int start, int numberStart, String lo, String hi, boolean chinese, boolean rounded, String unit,
			int unitEnd, String before) {
	}

	/**
	 * 年 right after these is a time frame of the story (三年来, 两年前, 90年代) or a date (2022年度); so is
	 * 近两年 ("these two years").
	 */
	private static final String AFTER_YEAR = "来前后间代度初底末级";

	/** Any duration right before these frames the story in time: 3个月来, 24小时后. */
	private static final String AFTER_DURATION = "来前后";

	/** 五年行动计划: the years are part of the plan's name. */
	private static final List<String> PLAN_NAMES = List.of("行动", "计划", "规划");

	/** Only after these is N日 a number of days; otherwise it is a day of the month (每月15日). */
	private static final List<String> DAYS_CUES = List.of("历时", "为期", "用时", "耗时", "连续", "仅用", "只用", "用了", "花了");

	private static final Set<String> RANKED = Set.of("名", "位");

	private NonFigures() {
	}

	static boolean rejects(CharSequence text, Quotes quotes, Match m) {
		return isOrdinal(text, m) || quotes.insideName(m.numberStart()) || isWordNumeral(m) || isVague(text, m)
				|| isPartOfCode(text, m) || isDate(text, m) || isPhoneNumber(m) || isRank(text, m)
				|| isOneWhole(text, m);
	}

	/** 三位一体, 五位一体: "N parts in one whole" is a set phrase, not N people. */
	private static boolean isOneWhole(CharSequence text, Match m) {
		return Units.startsWith(text, m.unitEnd(), "一体");
	}

	/** 第二家, 第17场, 第39个教师节. */
	private static boolean isOrdinal(CharSequence text, Match m) {
		return charBefore(text, m.numberStart()) == '第';
	}

	/**
	 * 一 and 零 alone are articles and words (一个缩影, 一批, 零容忍), and a bare 百, 千 or 万 is a number only
	 * after 上, 近 … (上百名, 近百家); otherwise it is part of a word (千家万户, 万家).
	 */
	private static boolean isWordNumeral(Match m) {
		if (!m.chinese()) {
			return false;
		}
		if (m.lo().equals("一") || m.lo().equals("零") || m.lo().equals("〇")) {
			return m.hi() == null;
		}
		return !ChineseNumerals.hasDigit(m.lo()) && m.before() == null;
	}

	/** 数百万元, 几十个, 若干名: an order of magnitude, not a number. */
	private static boolean isVague(CharSequence text, Match m) {
		char before = charBefore(text, m.start());
		return before == '数' || before == '几' || Units.startsWith(text, m.start() - 2, "若干");
	}

	/** 3A级, 5G, "3+1", 1:1 — letters, plus signs and colons make a number part of a code or a ratio. */
	private static boolean isPartOfCode(CharSequence text, Match m) {
		char before = charBefore(text, m.numberStart());
		boolean letter = before < 128 && Character.isLetter(before);
		boolean ratio = (before == ':' || before == '：') && Character.isDigit(charBefore(text, m.numberStart() - 1));
		return letter || ratio || before == '+' || before == '＋';
	}

	private static boolean isDate(CharSequence text, Match m) {
		if (m.unit().equals("年")) {
			return isYear(m.lo(), m) || m.hi() != null && isYear(m.hi(), m)
					|| m.unitEnd() < text.length() && AFTER_YEAR.indexOf(text.charAt(m.unitEnd())) >= 0
					|| "这那".indexOf(charBefore(text, m.start())) >= 0 || "近".equals(m.before())
					|| PLAN_NAMES.stream().anyMatch(word -> Units.startsWith(text, m.unitEnd(), word));
		}
		if (Units.categoryOf(m.unit()) == Category.DURATION && m.unitEnd() < text.length()
				&& AFTER_DURATION.indexOf(text.charAt(m.unitEnd())) >= 0) {
			return true;
		}
		if (m.unit().equals("日")) {
			return DAYS_CUES.stream().noneMatch(cue -> Units.startsWith(text, m.start() - cue.length(), cue));
		}
		return false;
	}

	/** 2023年, 二〇二三年: four digits in the range of years, with no 万, 余 or 多 about them. */
	private static boolean isYear(String number, Match m) {
		if (m.rounded() || number.length() != 4) {
			return false;
		}
		BigDecimal value = m.chinese() ? ChineseNumerals.parse(number) : Numbers.arabic(number);
		return value != null && value.scale() <= 0 && value.intValue() >= 1900 && value.intValue() <= 2099;
	}

	/**
	 * A telephone or area code: a leading zero (0575) or seven digits and more with no separator. Short
	 * hotlines (12345, 12315) need no rule: no measure word ever follows them.
	 */
	private static boolean isPhoneNumber(Match m) {
		String lo = m.lo();
		boolean plainInteger = lo.chars().allMatch(Character::isDigit);
		return !m.chinese() && plainInteger && (lo.length() > 1 && lo.charAt(0) == '0' || lo.length() >= 7);
	}

	/** 排名前30名: a rank, not a count. */
	private static boolean isRank(CharSequence text, Match m) {
		return RANKED.contains(m.unit()) && charBefore(text, m.start()) == '前';
	}

	private static char charBefore(CharSequence text, int at) {
		return at > 0 && at <= text.length() ? text.charAt(at - 1) : '\0';
	}

}
