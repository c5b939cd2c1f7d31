package org.civicatlas.portal.metrics;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class FigureWordingTests {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final Locale ENGLISH = Locale.ENGLISH;

	static FigureWording wording() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/metrics");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new FigureWording(messages);
	}

	private final FigureWording wording = wording();

	@Test
	void chineseUsesWanAndYiAndKeepsTheMeasureWordAsPrinted() {
		assertThat(words("50000", null, "元", "more_than", CHINESE)).isEqualTo("5万余元");
		assertThat(words("300000", null, "元", "nearly", CHINESE)).isEqualTo("近30万元");
		assertThat(words("120000000", null, "元", null, CHINESE)).isEqualTo("1.2亿元");
		assertThat(words("54", null, "名", null, CHINESE)).isEqualTo("54名");
		assertThat(words("52.73", null, "%", "over", CHINESE)).isEqualTo("超过52.73%");
		assertThat(words("10", "12", "个", null, CHINESE)).isEqualTo("10—12个");
		assertThat(words("12345", null, "元", null, CHINESE)).isEqualTo("12,345元");
	}

	@Test
	void englishUsesMillionsUnitWordsAndPlurals() {
		assertThat(words("50000", null, "元", "more_than", ENGLISH)).isEqualTo("more than 50,000 yuan");
		assertThat(words("2050000", null, "元", null, ENGLISH)).isEqualTo("2.05 million yuan");
		assertThat(words("1170000000", null, "元", null, ENGLISH)).isEqualTo("1.17 billion yuan");
		assertThat(words("1", null, "名", null, ENGLISH)).isEqualTo("1 person");
		assertThat(words("54", null, "名", null, ENGLISH)).isEqualTo("54 people");
		assertThat(words("95", null, "%", "over", ENGLISH)).isEqualTo("over 95%");
		assertThat(words("211", null, "个", null, ENGLISH)).isEqualTo("211");
	}

	@Test
	void aFigureWithoutValueSaysSo() {
		assertThat(wording.words(null, null, "元", null, CHINESE)).isEqualTo("数值不详");
	}

	private String words(String value, String valueMax, String unit, String approx, Locale locale) {
		return wording.words(new BigDecimal(value), valueMax == null ? null : new BigDecimal(valueMax), unit, approx,
				locale);
	}

}
