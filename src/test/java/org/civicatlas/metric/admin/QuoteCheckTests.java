package org.civicatlas.metric.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteCheckTests {

	private static final String PAGE = "护航稳增长\n\n来,越城区已收到交办问题建议211\n\n个,内容包括用工成本上升、订单减\r\n\r\n构筑\"物 阜民丰、境秀民怡\"\n";

	@Test
	void aQuoteBrokenAcrossLinesIsFoundOnTheLineItStarts() {
		assertThat(QuoteCheck.find(PAGE, "越城区已收到交办问题建议211个,内容包括用工成本上升"))
			.isEqualTo(new QuoteCheck.Result(true, 3));
	}

	@Test
	void spacesOnEitherSideAreIgnored() {
		assertThat(QuoteCheck.find(PAGE, "物阜民丰、 境秀民怡")).isEqualTo(new QuoteCheck.Result(true, 7));
	}

	@Test
	void anyOtherDifferenceIsNotFound() {
		assertThat(QuoteCheck.find(PAGE, "越城区已收到交办问题建议212个").found()).isFalse();
		assertThat(QuoteCheck.find(PAGE, "越城区已收到交办问题建议211个，内容").found()).as("full-width comma").isFalse();
		assertThat(QuoteCheck.find(PAGE, " \n ")).isEqualTo(new QuoteCheck.Result(false, null));
	}

}
