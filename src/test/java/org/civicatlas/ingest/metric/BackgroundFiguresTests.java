package org.civicatlas.ingest.metric;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.civicatlas.ingest.MetricModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers that sketch the background of a story are no figures; the work done beside them
 * is.
 */
class BackgroundFiguresTests {

	private final MetricExtractor extractor = new MetricExtractor();

	@Test
	void aDistanceAwayIsNoFigure() {
		assertThat(values("他的家乡离这里有800多公里远,如今驿站帮他办了3件事。")).containsExactly("3件");
	}

	@Test
	void aHeightAboveTheSeaIsNoFigure() {
		assertThat(values("村子坐落在海拔800多米的山腰,今年开出民宿15家,新修步道2.5公里。")).containsExactly("15家", "2.5公里");
	}

	@Test
	void whatEachUnitIsMadeOfIsNoFigure() {
		assertThat(values("每个巡诊小组由2名医生、1名护士和1名司机组成,全年巡诊120次。")).containsExactly("120次");
	}

	@Test
	void aPopulationAndItsSharesAreNoFigures() {
		assertThat(values("全乡常住人口2.1万人,外来人口则有5万人,多于本地人口。")).isEmpty();
		assertThat(values("这个街道有“两多”:外来人口多,占户籍人口的60%;商户多,共有500余家。工作站已调解纠纷120起。")).containsExactly("120起");
		assertThat(values("外省籍的职工就有600多人,占全区同籍职工的15%。")).isEmpty();
		assertThat(values("全镇袜企超300家,逾3万人在此从业。")).isEmpty();
	}

	@Test
	void aNativePlaceOrABookIsNoPopulation() {
		// 籍贯 pairs one mediator with one party; 书籍 are things given: the people helped
		// are
		// the work
		assertThat(values("按籍贯结对帮扶务工人员300人。")).containsExactly("300人");
		assertThat(values("送去普法书籍惠及村民800人。")).containsExactly("800人");
	}

	@Test
	void aPlaceIntroducedByItsTitleIsSketchedNotMeasured() {
		assertThat(values("作为“中国袜业之乡”,全镇袜企超300家,每年产值突破100亿元。服务站今年帮企业招工2000余人。")).containsExactly("2000人");
	}

	@Test
	void aCountOfAPlacesUnitsThatTheWorkReachedAllOfIsAFigure() {
		assertThat(values("目前,全县15个乡镇均已建成调解工作室。")).containsExactly("15个");
		assertThat(values("全县253个行政村中,有一半在山区。")).isEmpty();
	}

	private List<String> values(String paragraph) {
		return extractor.extract(paragraph, offset -> 1).stream().map(BackgroundFiguresTests::valueAndUnit).toList();
	}

	private static String valueAndUnit(MetricModel metric) {
		return metric.value().stripTrailingZeros().toPlainString() + metric.unit();
	}

}
