package org.civicatlas.portal.cards;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cards are drawn once for what they show. */
class RenderedCardsTests {

	@Test
	void aCardIsDrawnOnceAndKeptForTheSameTitle() {
		RenderedCards cards = new RenderedCards();
		byte[] first = cards.png("site", "乡贤参与基层治理", "Xiang xian", "kind");
		assertThat(cards.png("site", "乡贤参与基层治理", "Xiang xian", "kind")).isSameAs(first);
		byte[] other = cards.png("site", "乡贤参与基层治理", "Village sages", "kind");
		assertThat(other).isNotSameAs(first).isNotEqualTo(first);
		assertThat(cards.png("site", "乡贤参与基层治理", null, null)).isNotEqualTo(first);
	}

}
