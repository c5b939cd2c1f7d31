package org.civicatlas.portal.metrics;

import java.util.ArrayList;
import java.util.List;

import org.civicatlas.system.PlainNumbers;

/**
 * The columns of {@code /open-data/metrics.csv} (docs/open-data.md), for a filtered view.
 * The open data module keeps its rows to itself, so the contract is repeated here and a
 * test holds the two headers equal.
 */
final class MetricCsv {

	static final List<String> HEADER = List.of("id", "articleId", "programId", "label", "value", "valueMax", "unit",
			"approx", "category", "quote", "source.file", "source.line", "per");

	private MetricCsv() {
	}

	static List<Object> fields(MetricRowsReader.Row row) {
		List<Object> fields = new ArrayList<>();
		fields.add(row.id());
		fields.add(row.articleId());
		fields.add(orEmpty(row.programId()));
		fields.add(row.label());
		fields.add(PlainNumbers.text(row.value()));
		fields.add(PlainNumbers.text(row.valueMax()));
		fields.add(row.unit());
		fields.add(orEmpty(row.approx()));
		fields.add(row.category());
		fields.add(row.quote());
		fields.add(row.file());
		fields.add(orEmpty(row.line()));
		fields.add(orEmpty(row.per()));
		return fields;
	}

	private static Object orEmpty(Object value) {
		return value == null ? "" : value;
	}

}
