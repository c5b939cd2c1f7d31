package org.civicatlas.metric.admin;

import java.util.List;

/**
 * The qualifier and category keys of the open-data contract (docs/open-data.md), as the
 * database checks them.
 */
final class MetricKeys {

	static final List<String> APPROX = List.of("more_than", "nearly", "over", "about", "reached", "target");

	static final List<String> CATEGORIES = List.of("count", "money", "percent", "area", "duration", "length", "other");

	private MetricKeys() {
	}

}
