package org.civicatlas.portal.metrics;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says a normalised figure in words, as a reader would write it: {@code 5万余元} in Chinese,
 * {@code more than 50,000 yuan} in English. Deliberately small: each language's large-number words
 * ({@code 万}/{@code 亿}, million/billion), qualifiers and unit words come from the metrics bundle,
 * and a measure word without an entry is kept as printed in Chinese and left out in English.
 */
@Component
public class FigureWording {

	// units as the open data prints them → their message key
	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("元", "yuan"), Map.entry("%", "percent"),
			Map.entry("平方米", "squareMetres"), Map.entry("亩", "mu"), Map.entry("千米", "kilometres"),
			Map.entry("米", "metres"), Map.entry("年", "years"), Map.entry("个月", "months"), Map.entry("天", "days"),
			Map.entry("小时", "hours"), Map.entry("分钟", "minutes"), Map.entry("人次", "personTimes"),
			Map.entry("人", "people"), Map.entry("名", "people"), Map.entry("位", "people"), Map.entry("户", "households"),
			Map.entry("吨", "tonnes"), Map.entry("岁", "yearsOfAge"), Map.entry("次", "times"));

	private static final int MAX_MANTISSA_DECIMALS = 2;

	private final MessageSource messages;

	FigureWording(MessageSource messages) {
		this.messages = messages;
	}

	/** The figure in words; {@code approx} is an open-data qualifier key or null for an exact figure. */
	public String words(BigDecimal value, BigDecimal valueMax, String unit, String approx, Locale locale) {
		if (value == null) {
			return message("metrics.value.unknown", locale);
		}
		String number = number(value, locale);
		if (valueMax != null && valueMax.compareTo(value) != 0) {
			number = message("metrics.range", locale, number, number(valueMax, locale));
		}
		if (approx != null) {
			number = message("metrics.approx.words." + approx, locale, number);
		}
		// the value itself is there for languages whose unit words have a plural
		String key = UNITS.get(unit);
		return message("metrics.unit." + (key == null ? "other" : key), locale, number, value, unit);
	}

	/** A number with the language's words for large numbers when they keep it short: 5万, 2.05 million. */
	String number(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(4);
		// "8:{0}亿;4:{0}万": powers of ten, largest first, each with the pattern of its word
		for (String scale : message("metrics.number.large", locale).split(";")) {
			String[] powerAndPattern = scale.split(":", 2);
			BigDecimal mantissa = value.movePointLeft(Integer.parseInt(powerAndPattern[0].strip()));
			if (mantissa.abs().compareTo(BigDecimal.ONE) >= 0
					&& mantissa.stripTrailingZeros().scale() <= MAX_MANTISSA_DECIMALS) {
				return powerAndPattern[1].replace("{0}", format.format(mantissa));
			}
		}
		return format.format(value);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
