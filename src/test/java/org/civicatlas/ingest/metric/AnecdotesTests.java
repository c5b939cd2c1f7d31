package org.civicatlas.ingest.metric;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Details of one person's story or one occasion, in Chinese numerals, are no figures; the
 * statistics beside them, in Arabic digits, are. Invented sentences.
 */
class AnecdotesTests {

	private final MetricExtractor extractor = new MetricExtractor();

	@Test
	void whatOnePersonDidInChineseNumeralsIsAStory() {
		assertThat(values("最热的那几天,她一上午要跑五个小区,驿站今年已建成凉亭12座。")).containsExactly("12座");
	}

	@Test
	void aPersonsRecordInArabicDigitsStaysAFigure() {
		assertThat(values("他累计调解纠纷300余起。")).containsExactly("300起");
	}

	@Test
	void aGroupIsNoSinglePerson() {
		assertThat(values("他们组建了三支巡逻队。")).containsExactly("3支");
	}

	@Test
	void howLongOneOccasionLastedIsAStory() {
		assertThat(values("协商持续了两个多小时,双方最终握手言和。")).isEmpty();
		assertThat(values("工程历时两个多月完成。")).containsExactly("2个月");
	}

	@Test
	void theDetailsOfASentenceAboutOnePersonAreAStory() {
		assertThat(values("一位独居老人家中漏水,物业当晚修好了五处管道。")).isEmpty();
	}

	private List<String> values(String paragraph) {
		return extractor.extract(paragraph, offset -> 1)
			.stream()
			.map(m -> m.value().stripTrailingZeros().toPlainString() + m.unit())
			.toList();
	}

}
