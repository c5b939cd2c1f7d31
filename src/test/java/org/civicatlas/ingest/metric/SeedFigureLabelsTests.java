package org.civicatlas.ingest.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civicatlas.ingest.IngestPipeline;
import org.civicatlas.ingest.MetricModel;
import org.civicatlas.ingest.Pipelines;
import org.civicatlas.ingest.SeedPages;
import org.civicatlas.ingest.text.Corrections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure the pipeline finds on the seed pages (with and without their corrections)
 * says what it counts: a label of two characters at least that is not a lone verb of the
 * work (募集, 新增 …) or of existence; a rate carries its basis (issue 9).
 */
class SeedFigureLabelsTests {

	private static final List<MetricModel> figures = new ArrayList<>();

	/** Words of a label that make its figure a rate. */
	private static final List<String> RATE_CUES = List.of("人均", "户均", "每亩", "每人", "每户", "月增收");

	@BeforeAll
	static void ingest() {
		IngestPipeline pipeline = Pipelines.shared();
		for (String page : SeedPages.files()) {
			Stream.of(SeedPages.ingest(pipeline, page), pipeline.ingest(page, SeedPages.bytes(page), Corrections.NONE))
				.forEach(model -> model.articles().forEach(article -> figures.addAll(article.metrics())));
		}
	}

	@Test
	void theSeedsHaveFiguresToCheck() {
		assertThat(figures).hasSizeGreaterThan(400);
	}

	@Test
	void noLabelIsASingleCharacter() {
		assertThat(figures).filteredOn(m -> m.label() == null || m.label().strip().length() < 2)
			.extracting(MetricModel::quote)
			.isEmpty();
	}

	@Test
	void noLabelIsALoneVerb() {
		List<String> verbs = Stream
			.of(LabelWords.VERBS, LabelWords.EXISTENCE, LabelWords.PREDICATES, LabelWords.LATER_PREDICATES,
					LabelWords.TRAILING, LabelWords.CONNECTIVES)
			.flatMap(List::stream)
			.toList();
		assertThat(figures).filteredOn(m -> verbs.contains(m.label()))
			.extracting(m -> Map.entry(m.label(), m.quote()))
			.isEmpty();
	}

	@Test
	void aRateCarriesItsBasis() {
		assertThat(figures).filteredOn(m -> m.unit().contains("/") || RATE_CUES.stream().anyMatch(m.label()::contains))
			.isNotEmpty()
			.allSatisfy(m -> assertThat(m.per()).as(m.quote()).isNotNull());
	}

}
