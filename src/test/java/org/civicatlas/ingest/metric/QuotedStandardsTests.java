package org.civicatlas.ingest.metric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers inside a quoted name are not figures; service standards listed in quotes are.
 */
class QuotedStandardsTests {

	private final MetricExtractor extractor = new MetricExtractor();

	@Test
	void aQuotedListOfServiceStandardsGivesOneFigureEach() {
		assertThat(extractor.extract("街道推行“1520”机制:“15分钟响应、20分钟到场”。", offset -> 1))
			.extracting(metric -> metric.value().intValue() + metric.unit())
			.containsExactly("15分钟", "20分钟");
	}

	@Test
	void aQuotedNameWithANumberGivesNone() {
		assertThat(extractor.extract("全面打造医保经办“15分钟服务圈”,推进医保服务向村延伸。", offset -> 1)).isEmpty();
	}

}
