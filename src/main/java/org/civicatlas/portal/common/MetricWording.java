package org.civicatlas.portal.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * A figure in words, in the reader's language: 50000 元 {@code more_than} → 「5万余元」 or
 * "more than 50,000 yuan"; 120000000 元 → 「1.2亿元」 or "120 million yuan"; 97 %
 * {@code reached} → 「达97%」 or "reached 97%".
 * <p>
 * The words are built inside out: the number (a range when there is an upper value), then
 * the qualifier around it, then the unit around both. That order puts 余 between the
 * number and the unit in Chinese and keeps "more than" in front in English with the same
 * patterns. Everything language specific (number format, scales — 万 and 亿 against million
 * and billion —, qualifiers, English unit names) comes from the programs bundle; this
 * class only knows which unit is which.
 */
@Component
public class MetricWording {

	/**
	 * The units printed in the articles (see the importer's unit table) and the bundle
	 * key naming each; 月 alone occurs only after a rate's slash (元/月).
	 */
	private static final Map<String, String> UNITS = Map.ofEntries(entry("%", "percent"), entry("元", "yuan"),
			entry("亩", "mu"), entry("公顷", "hectare"), entry("平方米", "square_metre"), entry("平米", "square_metre"),
			entry("平方公里", "square_kilometre"), entry("平方千米", "square_kilometre"), entry("千米", "kilometre"),
			entry("公里", "kilometre"), entry("米", "metre"), entry("千克", "kilogram"), entry("公斤", "kilogram"),
			entry("吨", "tonne"), entry("倍", "multiple"), entry("年", "year"), entry("个月", "month"), entry("月", "month"),
			entry("个工作日", "working_day"), entry("天", "day"), entry("日", "day"), entry("小时", "hour"),
			entry("分钟", "minute"), entry("岁", "age"), entry("名", "person"), entry("人", "person"), entry("位", "person"),
			entry("人次", "person_time"), entry("户", "household"), entry("次", "time"), entry("场", "session"),
			entry("场次", "session"));

	/** A money rate such as 元/人: "yuan per person". */
	private static final String RATE_PREFIX = "元/";

	private static final String PREFIX = "programs.";

	private static final BigDecimal ROUNDED_FROM = BigDecimal.valueOf(1_000_000);

	private final MessageSource messages;

	public MetricWording(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The figure in words, or {@code null} when it has no value.
	 * @param category the metric's category; an unnamed unit of a {@code count} is a
	 * measure word that English leaves out (the label names what is counted)
	 */
	public String words(BigDecimal value, BigDecimal valueMax, String unit, String approx, String category,
			Locale locale) {
		if (value == null) {
			return null;
		}
		String number = valueMax == null || valueMax.compareTo(value) == 0 ? number(value, locale)
				: message("number.range", locale, number(value, locale), number(valueMax, locale));
		String qualified = message(approxKey(approx, unit), locale, number);
		// English reads the unit after the last number: "1–2 years", "0.5–1 year"
		return unit(qualified, valueMax == null ? value : valueMax, unit, category, locale);
	}

	/**
	 * The number alone, scaled when the scaled number has at most two decimals (1.2亿,
	 * 2.05 million); a number of seven digits or more is scaled anyway, rounded to two
	 * decimals, because nobody reads 5790238210元 — people write 57.9亿元 (the exact value
	 * stays in the quote and the open data).
	 */
	String number(BigDecimal value, Locale locale) {
		String[] scales = { "number.scale.large", "number.scale.small" };
		boolean large = value.abs().compareTo(ROUNDED_FROM) >= 0;
		for (String scale : scales) {
			BigDecimal scaled = value.movePointLeft(Integer.parseInt(message(scale + ".power", locale)));
			if (scaled.abs().compareTo(BigDecimal.ONE) >= 0 && (large || scaled.stripTrailingZeros().scale() <= 2)) {
				return message(scale, locale, format(
						scaled.setScale(Math.min(2, Math.max(0, scaled.scale())), RoundingMode.HALF_UP), locale));
			}
		}
		return format(value, locale);
	}

	private String format(BigDecimal value, Locale locale) {
		DecimalFormat format = new DecimalFormat(message("number.format", locale),
				DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	private static String approxKey(String approx, String unit) {
		if (approx == null) {
			return "approx.exact";
		}
		// 余 cannot stand between a number and a percent sign (逾97%, not 97余%)
		return approx.equals("more_than") && "%".equals(unit) ? "approx.more_than.percent" : "approx." + approx;
	}

	private String unit(String text, BigDecimal value, String unit, String category, Locale locale) {
		if (unit.startsWith(RATE_PREFIX)) {
			String per = unit.substring(RATE_PREFIX.length());
			String perWord = unit("", BigDecimal.ONE, per, "count", locale).trim();
			return message("unit.yuan_per", locale, text, value, unit, perWord);
		}
		String key = UNITS.getOrDefault(unit, "count".equals(category) ? "classifier" : "other");
		return message("unit." + key, locale, text, value, unit);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(PREFIX + key, args, locale);
	}

}
