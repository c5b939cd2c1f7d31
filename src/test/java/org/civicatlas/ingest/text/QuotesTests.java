package org.civicatlas.ingest.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline's one quotation scanner on small invented sentences. */
class QuotesTests {

	private static List<String> contents(String text) {
		return Quotes.in(text).stream().map(span -> span.content(text)).toList();
	}

	@Test
	void findsTypographicQuotesAndTitlesWithTheirInnerQuotes() {
		assertThat(contents("推行《议事“三步法”》和「夜话」、『茶叙』及〈手册〉")).containsExactly("议事“三步法”", "三步法", "夜话", "茶叙", "手册");
	}

	@Test
	void pairsAsciiMarksInTurnAndAcceptsAHalfAsciiPair() {
		assertThat(contents("开展\"红色管家\"和'睦邻坊'活动")).containsExactly("红色管家", "睦邻坊");
		assertThat(contents("建成'一园两站\"示范点")).containsExactly("一园两站");
		assertThat(contents("打造“共富'小站'”品牌")).containsExactly("共富'小站'", "小站");
	}

	@Test
	void anApostropheBetweenLatinLettersIsNoQuotationMark() {
		assertThat(contents("the village's 'hall' opened")).containsExactly("hall");
	}

	@Test
	void aStrayMarkDropsNothingAndAStrayOpeningIsClosedOver() {
		assertThat(contents("数量”较多，设立“议事厅”")).containsExactly("议事厅");
		assertThat(contents("设立“议事‘厅”")).containsExactly("议事‘厅");
	}

	@Test
	void aSpanKnowsWhatLiesInsideAndWhetherItIsATitle() {
		String text = "学习《条例》和“办法”";
		List<Quotes.Span> spans = Quotes.in(text);
		assertThat(spans.get(0).title(text)).isTrue();
		assertThat(spans.get(1).title(text)).isFalse();
		assertThat(spans.get(0).contains(spans.get(0).open())).isFalse();
		assertThat(spans.get(0).contains(spans.get(0).open() + 1)).isTrue();
	}

}
