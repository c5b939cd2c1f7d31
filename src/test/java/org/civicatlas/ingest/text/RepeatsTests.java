package org.civicatlas.ingest.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatsTests {

	private static final String PARAGRAPH = "为了方便群众办事,街道在每个社区设立了便民服务点,安排专人每天值守,群众反映的问题当天登记、三天内答复。";

	private final Repeats<String> repeats = new Repeats<>();

	@Test
	void aLinePrintedAgainIsARepeatOfTheArticleOfItsFirstCopy() {
		repeats.remember(PARAGRAPH, "first article");

		assertThat(repeats.original(PARAGRAPH)).contains("first article");
	}

	@Test
	void aCopyMayStartWithAFewWrongCharactersOrStopShort() {
		repeats.remember(PARAGRAPH, "first article");

		assertThat(repeats.original("港区" + PARAGRAPH.substring(9))).as("wrong start").contains("first article");
		assertThat(repeats.original(PARAGRAPH.substring(0, 30))).as("cut off").contains("first article");
	}

	@Test
	void anotherLineOrAShortOneIsNoRepeat() {
		repeats.remember(PARAGRAPH, "first article");
		repeats.remember("共建共享", "second article");

		assertThat(repeats.original("为了方便群众办事,街道在每个村设立了代办点,由村干部轮流值守,群众在家门口就能办成事。")).isEmpty();
		assertThat(repeats.original("共建共享")).isEmpty();
	}

}
