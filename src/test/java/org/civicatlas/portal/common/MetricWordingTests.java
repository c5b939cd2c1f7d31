package org.civicatlas.portal.common;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures in words, read from the real programs bundle in both languages. */
class MetricWordingTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final Locale EN = Locale.ENGLISH;

	private final MetricWording wording = new MetricWording(bundle());

	private static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/programs");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private String zh(String value, String unit, String approx, String category) {
		return wording.words(decimal(value), null, unit, approx, category, ZH);
	}

	private String en(String value, String unit, String approx, String category) {
		return wording.words(decimal(value), null, unit, approx, category, EN);
	}

	private static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	@Test
	void theExamplesOfTheBrief() {
		assertThat(zh("50000", "元", "more_than", "money")).isEqualTo("5万余元");
		assertThat(en("50000", "元", "more_than", "money")).isEqualTo("more than 50,000 yuan");
		assertThat(zh("120000000", "元", null, "money")).isEqualTo("1.2亿元");
		assertThat(en("120000000", "元", null, "money")).isEqualTo("120 million yuan");
		assertThat(zh("97", "%", "reached", "percent")).isEqualTo("达97%");
		assertThat(en("97", "%", "reached", "percent")).isEqualTo("reached 97%");
	}

	@ParameterizedTest(name = "{0} → {1} / {2}")
	@CsvSource(delimiter = '|', textBlock = """
			3000          | 3000    | 3,000
			10000         | 1万     | 10,000
			15000         | 1.5万   | 15,000
			12345         | 12345   | 12,345
			205000        | 20.5万  | 205,000
			2050000       | 205万   | 2.05 million
			1000000       | 100万   | 1 million
			18510000      | 1851万  | 18.51 million
			80000000      | 8000万  | 80 million
			100000000     | 1亿     | 100 million
			123456789     | 1.23亿   | 123.46 million
			5790238210    | 57.9亿   | 5.79 billion
			1005600000    | 10.06亿  | 1.01 billion
			1234567       | 123.46万 | 1.23 million
			999999        | 999999  | 999,999
			1000000000    | 10亿    | 1 billion
			4570000000    | 45.7亿  | 4.57 billion
			52.73         | 52.73   | 52.73
			37.5          | 37.5    | 37.5
			0.5           | 0.5     | 0.5
			1234.5678     | 1234.5678 | 1,234.5678
			50000.5       | 50000.5 | 50,000.5
			""")
	void numbersScaleIn万And亿OrMillionsAndBillionsWhenTheyReadBetter(String value, String chinese, String english) {
		assertThat(wording.number(new BigDecimal(value), ZH)).isEqualTo(chinese);
		assertThat(wording.number(new BigDecimal(value), EN)).isEqualTo(english);
	}

	@Test
	void trailingZerosOfTheDatabaseScaleDoNotShow() {
		assertThat(zh("2050000.0000", "元", null, "money")).isEqualTo("205万元");
		assertThat(en("37.2000", "千米", "about", "length")).isEqualTo("about 37.2 km");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			more_than | 50余名     | more than 50 people
			nearly    | 近50名     | nearly 50 people
			over      | 超50名     | over 50 people
			about     | 约50名     | about 50 people
			reached   | 达50名     | reached 50 people
			target    | 目标50名   | target: 50 people
			""")
	void everyQualifier(String approx, String chinese, String english) {
		assertThat(zh("50", "名", approx, "count")).isEqualTo(chinese);
		assertThat(en("50", "名", approx, "count")).isEqualTo(english);
	}

	@Test
	void exactFiguresHaveNoQualifier() {
		assertThat(zh("8", "所", null, "count")).isEqualTo("8所");
		assertThat(en("8", "所", null, "count")).isEqualTo("8");
	}

	@Test
	void qualifiersSurroundScaledNumbers() {
		assertThat(zh("80000000", "元", "more_than", "money")).isEqualTo("8000万余元");
		assertThat(zh("100000000", "元", "target", "money")).isEqualTo("目标1亿元");
		assertThat(en("100000000", "元", "target", "money")).isEqualTo("target: 100 million yuan");
		assertThat(zh("1440000", "次", "over", "count")).isEqualTo("超144万次");
		assertThat(en("1440000", "次", "over", "count")).isEqualTo("over 1.44 million times");
	}

	@Test
	void percentagesKeepTheSignNextToTheNumber() {
		assertThat(zh("52.73", "%", "over", "percent")).isEqualTo("超52.73%");
		assertThat(en("52.73", "%", "over", "percent")).isEqualTo("over 52.73%");
		assertThat(zh("60", "%", null, "percent")).isEqualTo("60%");
		// 余 cannot stand between the number and the sign
		assertThat(zh("90", "%", "more_than", "percent")).isEqualTo("逾90%");
		assertThat(en("90", "%", "more_than", "percent")).isEqualTo("more than 90%");
	}

	@Test
	void rangesJoinBothEnds() {
		assertThat(wording.words(decimal("10"), decimal("12"), "个", null, "count", ZH)).isEqualTo("10—12个");
		assertThat(wording.words(decimal("10"), decimal("12"), "个", null, "count", EN)).isEqualTo("10–12");
		assertThat(wording.words(decimal("50000"), decimal("80000"), "元", "about", "money", ZH)).isEqualTo("约5万—8万元");
		assertThat(wording.words(decimal("50000"), decimal("80000"), "元", "about", "money", EN))
			.isEqualTo("about 50,000–80,000 yuan");
		assertThat(wording.words(decimal("1"), decimal("2"), "年", null, "duration", EN)).isEqualTo("1–2 years");
		assertThat(wording.words(decimal("0.5"), decimal("1"), "年", null, "duration", EN)).isEqualTo("0.5–1 year");
	}

	@Test
	void aRangeWithEqualEndsIsOneNumber() {
		assertThat(wording.words(decimal("3"), decimal("3.00"), "年", null, "duration", ZH)).isEqualTo("3年");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2      | 平方米   | area     | 2平方米     | 2 square metres
			1      | 平方米   | area     | 1平方米     | 1 square metre
			12000  | 平方米   | area     | 1.2万平方米 | 12,000 square metres
			3      | 平米     | area     | 3平米       | 3 square metres
			500    | 亩       | area     | 500亩       | 500 mu
			20     | 公顷     | area     | 20公顷      | 20 hectares
			5      | 平方公里 | area     | 5平方公里   | 5 km²
			3      | 年       | duration | 3年         | 3 years
			1      | 年       | duration | 1年         | 1 year
			6      | 个月     | duration | 6个月       | 6 months
			1      | 个月     | duration | 1个月       | 1 month
			7      | 天       | duration | 7天         | 7 days
			1      | 日       | duration | 1日         | 1 day
			5      | 个工作日 | duration | 5个工作日   | 5 working days
			24     | 小时     | duration | 24小时      | 24 hours
			1.5    | 小时     | duration | 1.5小时     | 1.5 hours
			30     | 分钟     | duration | 30分钟      | 30 minutes
			37.2   | 千米     | length   | 37.2千米    | 37.2 km
			16     | 公里     | length   | 16公里      | 16 km
			800    | 米       | length   | 800米       | 800 metres
			2      | 吨       | other    | 2吨         | 2 tonnes
			50     | 公斤     | other    | 50公斤      | 50 kg
			3      | 倍       | other    | 3倍         | 3-fold
			80     | 岁       | other    | 80岁        | 80 years old
			""")
	void areaDurationLengthAndOtherUnitsHaveEnglishNames(String value, String unit, String category, String chinese,
			String english) {
		assertThat(zh(value, unit, null, category)).isEqualTo(chinese);
		assertThat(en(value, unit, null, category)).isEqualTo(english);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			54 | 名   | 54名   | 54 people
			1  | 名   | 1名    | 1 person
			8  | 位   | 8位    | 8 people
			3  | 人   | 3人    | 3 people
			1500 | 人次 | 1500人次 | 1,500 person-times
			12 | 户   | 12户   | 12 households
			4  | 次   | 4次    | 4 times
			2  | 场   | 2场    | 2 sessions
			9  | 场次 | 9场次  | 9 sessions
			367 | 个  | 367个  | 367
			13 | 家   | 13家   | 13
			6  | 项   | 6项    | 6
			""")
	void countsNameThePeopleAndVisitsAndLeaveMeasureWordsOutInEnglish(String value, String unit, String chinese,
			String english) {
		assertThat(zh(value, unit, null, "count")).isEqualTo(chinese);
		assertThat(en(value, unit, null, "count")).isEqualTo(english);
	}

	@Test
	void moneyRatesNameWhatTheyArePer() {
		assertThat(zh("4000", "元/人", null, "money")).isEqualTo("4000元/人");
		assertThat(en("4000", "元/人", null, "money")).isEqualTo("4,000 yuan per person");
		assertThat(en("300", "元/亩", null, "money")).isEqualTo("300 yuan per mu");
		assertThat(en("1200", "元/月", "about", "money")).isEqualTo("about 1,200 yuan per month");
	}

	@Test
	void anUnknownUnitIsKeptAsPrinted() {
		assertThat(zh("3", "艘", null, "other")).isEqualTo("3艘");
		assertThat(en("3", "艘", null, "other")).isEqualTo("3 艘");
	}

	@Test
	void noValueNoWords() {
		assertThat(zh(null, "元", null, "money")).isNull();
	}

}
