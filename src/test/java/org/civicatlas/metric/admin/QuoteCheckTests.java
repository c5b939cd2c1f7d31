package org.civicatlas.metric.admin;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteCheckTests {

	/**
	 * Lines 3 and 5 read on at line 9: the page printed the article's columns out of
	 * order.
	 */
	private static final String PAGE = """
			护航稳增长

			来,越城区已收到交办问题建议211

			个,内容包括用工成本上升、订单减

			构筑"物 阜民丰、境秀民怡"

			少、产业链配套不强
			""";

	private static final List<Integer> ARTICLE = List.of(1, 3, 5, 9, 7);

	@Test
	void aQuoteBrokenAcrossLinesIsFoundOnTheLineItStarts() {
		assertThat(QuoteCheck.find(PAGE, ARTICLE, "越城区已收到交办问题建议211个,内容包括用工成本上升"))
			.isEqualTo(new QuoteCheck.Result(List.of(3, 5)));
	}

	@Test
	void spacesOnEitherSideAreIgnored() {
		assertThat(QuoteCheck.find(PAGE, ARTICLE, "物阜民丰、 境秀民怡")).isEqualTo(new QuoteCheck.Result(List.of(7)));
		assertThat(QuoteCheck.find(PAGE.replace("\n", "\r\n"), ARTICLE, "物阜民丰").line()).isEqualTo(7);
	}

	@Test
	void aSentenceRunningOnInAnotherColumnIsFoundInTheArticlesReadingOrder() {
		assertThat(QuoteCheck.find(PAGE, ARTICLE, "订单减少、产业链配套不强")).isEqualTo(new QuoteCheck.Result(List.of(5, 9)));
		assertThat(QuoteCheck.find(PAGE, List.of(1, 3, 5, 7), "订单减少、产业链配套不强").found()).isFalse();
	}

	@Test
	void anyOtherDifferenceIsNotFound() {
		assertThat(QuoteCheck.find(PAGE, ARTICLE, "越城区已收到交办问题建议212个").found()).isFalse();
		assertThat(QuoteCheck.find(PAGE, ARTICLE, "越城区已收到交办问题建议211个，内容").found()).as("full-width comma").isFalse();
		assertThat(QuoteCheck.find(PAGE, ARTICLE, " \n ")).isEqualTo(new QuoteCheck.Result(List.of()));
	}

}
