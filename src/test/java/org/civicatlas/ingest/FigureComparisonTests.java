package org.civicatlas.ingest;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three-way comparison of one article's figures: stored now, as last imported, as
 * read now.
 */
class FigureComparisonTests {

	private static final long ARTICLE = 1;

	@Test
	void aFigureTheOlderPipelineReadWrongIsChangedAndTicked() {
		FigureValues old = values("议事会议", "80", "开展议事会议80场");
		MetricModel now = metric("议事会议", "86", "开展议事会议86场");
		List<PageDiff.FigureChange> changes = FigureComparison.compare(ARTICLE, List.of(current(7, old)), List.of(old),
				List.of(now));
		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change.metricId()).isEqualTo(7);
			assertThat(change.proposed()).isEqualTo(now);
			assertThat(change.handEdited()).isFalse();
		});
	}

	@Test
	void aHandEditWhereThePipelineReadsTheSameIsKeptUnseen() {
		FigureValues made = values("议事会议", "86", "开展议事会议86场");
		FigureValues edited = values("议事会议", "88", "开展议事会议86场");
		assertThat(FigureComparison.compare(ARTICLE, List.of(current(7, edited)), List.of(made),
				List.of(metric("议事会议", "86", "开展议事会议86场"))))
			.isEmpty();
	}

	@Test
	void aHandEditWhereThePipelineReadsOtherwiseIsAConflict() {
		FigureValues made = values("议事会议", "80", "开展议事会议86场");
		FigureValues edited = values("议事会议", "88", "开展议事会议86场");
		assertThat(FigureComparison.compare(ARTICLE, List.of(current(7, edited)), List.of(made),
				List.of(metric("议事会议", "86", "开展议事会议86场"))))
			.singleElement()
			.satisfies(change -> assertThat(change.handEdited()).isTrue());
	}

	@Test
	void newFiguresAreAddedGoneOnesRemovedAndHandMadeOnesNeverRemoved() {
		FigureValues gone = values("旧的数据", "5", "旧的引文");
		FigureValues own = values("编辑加的", "3", "编辑加的引文");
		MetricModel fresh = metric("意见建议", "430", "收集意见建议430余条");
		List<PageDiff.FigureChange> changes = FigureComparison.compare(ARTICLE,
				List.of(current(7, gone), current(8, own)), List.of(gone), List.of(fresh));
		assertThat(changes).extracting(PageDiff.FigureChange::metricId).containsExactly(7L, null);
		assertThat(changes.get(0).proposed()).isNull();
		assertThat(changes.get(1).proposed()).isEqualTo(fresh);
		assertThat(changes).noneMatch(PageDiff.FigureChange::handEdited);
	}

	@Test
	void aFigureTheEditorDeletedIsNotOfferedAgain() {
		FigureValues made = values("议事会议", "86", "开展议事会议86场");
		assertThat(
				FigureComparison.compare(ARTICLE, List.of(), List.of(made), List.of(metric("议事会议", "86", "开展议事会议86场"))))
			.isEmpty();
	}

	@Test
	void withoutABaseEveryStoredFigureIsTheEditorsAndEveryChangeUnticked() {
		FigureValues stored = values("议事会议", "80", "开展议事会议86场");
		assertThat(FigureComparison.compare(ARTICLE, List.of(current(7, stored)), null,
				List.of(metric("议事会议", "86", "开展议事会议86场"), metric("意见建议", "430", "收集意见建议430余条"))))
			.hasSize(2)
			.allMatch(PageDiff.FigureChange::handEdited);
	}

	private static FigureComparison.Current current(long id, FigureValues values) {
		return new FigureComparison.Current(id, 0, values);
	}

	private static FigureValues values(String label, String value, String quote) {
		return FigureValues.of(metric(label, value, quote));
	}

	private static MetricModel metric(String label, String value, String quote) {
		return new MetricModel(new BigDecimal(value), null, "场", null, MetricModel.Category.COUNT, label, quote, 7,
				null, null);
	}

}
