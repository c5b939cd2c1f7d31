package org.civicatlas.ingest.metric;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.civicatlas.ingest.MetricModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Labels where the words right around a figure name nothing readable
 * ({@link LabelFallbacks}). Invented sentences.
 */
class LabelFallbacksTests {

	private final MetricExtractor extractor = new MetricExtractor();

	@Test
	void aLoneVerbAfterAConnectiveTakesTheSubjectBeforeIt() {
		// invented: 签订 alone says nothing of what was signed
		List<MetricModel> metrics = extractor.extract("这份“安全承诺书”累计签订3000份。", offset -> 1);

		assertThat(metrics).extracting(MetricModel::label).containsExactly("“安全承诺书”签订");
	}

	@Test
	void aFigureWhoseClauseNamesNothingTakesTheClauseBefore() {
		// invented: the label would otherwise be the unit 天
		List<MetricModel> metrics = extractor.extract("双方当面协商,15天内就有了着落。", offset -> 1);

		assertThat(metrics).extracting(MetricModel::label).containsExactly("双方当面协商");
	}

	@Test
	void aGenerationIsPartOfWhatIsCounted() {
		// invented: 90后 describes the volunteers, it is no number and no label of its own
		List<MetricModel> metrics = extractor.extract("6名90后志愿者参与夜间巡逻。", offset -> 1);

		assertThat(metrics).extracting(MetricModel::value, MetricModel::label)
			.containsExactly(tuple(new BigDecimal(6), "90后志愿者"));
	}

}
