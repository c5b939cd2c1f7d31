package org.civicatlas.ingest.metric;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count in Chinese numerals that sums up the items its sentence names is the list's
 * length, not a figure; a statistic in Arabic digits and a count of things made stay
 * figures. Invented sentences.
 */
class ListedItemsTests {

	private final MetricExtractor extractor = new MetricExtractor();

	@Test
	void aCountOfTheItemsJustListedIsNoFigure() {
		assertThat(values("驿站围绕助学、助医、助老三个方面开展服务,今年已帮扶群众260人。")).containsExactly("260人");
		assertThat(values("村里抓好“清河道、美庭院、亮路灯、通水管”四项工作。")).isEmpty();
		assertThat(values("镇里为东湖、西岭两所小学添置了图书。")).isEmpty();
		assertThat(values("他们把力气用在引资、引智和引才三处。")).isEmpty();
	}

	@Test
	void aQuotationOfParallelPartsCountsItsParts() {
		assertThat(values("街道盯住“一校一园一站”三个重点,新增托位120个。")).containsExactly("120个");
	}

	@Test
	void aCountWhoseItemsFollowAfterADashIsNoFigure() {
		assertThat(values("计划是抓好两个阵地——东村文化礼堂和西村书屋。")).isEmpty();
	}

	@Test
	void anArabicCountOfListedItemsStaysAFigure() {
		assertThat(values("东坞、南岭、北山等12个村建成了议事厅。")).containsExactly("12个");
	}

	@Test
	void aCountOfThingsMadeStaysAFigure() {
		assertThat(values("社区组建起“夜巡队”“护苗队”“银发队”三支队伍。")).containsExactly("3支");
	}

	@Test
	void aCountThatDoesNotMatchTheListStaysAFigure() {
		assertThat(values("甲村、乙村五个合作社共吸纳社员300人。")).containsExactly("5个", "300人");
	}

	private List<String> values(String paragraph) {
		return extractor.extract(paragraph, offset -> 1)
			.stream()
			.map(m -> m.value().stripTrailingZeros().toPlainString() + m.unit())
			.toList();
	}

}
