package org.civicatlas.portal.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.civicatlas.portal.common.BrowseFilters;
import org.civicatlas.portal.common.PlaceName;
import org.civicatlas.portal.common.TypeName;

/**
 * The filters of the figures page, checked: each is absent or a value that exists. It
 * writes its own SQL condition over the figure {@code m}, its article {@code a} and its
 * published program {@code pr}, so that the page, the charts and the CSV always agree on
 * what "filtered" means.
 */
record MetricFilter(String category, String unit, TypeName type, PlaceName place) {

	static final List<String> CATEGORIES = List.of("count", "money", "percent", "area", "duration", "length", "other");

	/** An SQL condition (starting with {@code and}, or empty) and its parameters. */
	record Condition(String sql, Map<String, Object> params) {
	}

	Condition condition() {
		StringJoiner sql = new StringJoiner(" ");
		Map<String, Object> params = new LinkedHashMap<>();
		if (category != null) {
			sql.add("and m.category = :category");
			params.put("category", category);
		}
		if (unit != null) {
			sql.add("and m.unit = :unit");
			params.put("unit", unit);
		}
		if (type != null) {
			sql.add("""
					and exists (select 1 from program_subtype_link l join program_subtype s on s.key = l.subtype_key
					             where l.program_id = pr.id and s.type_key = :type)""");
			params.put("type", type.key());
		}
		if (place != null) {
			sql.add("and " + BrowseFilters.articleIn(place));
			params.put("place", place.code());
		}
		return new Condition(sql.toString(), params);
	}

	/** The filters as URL parameters, for the pager, the CSV link and the chart links. */
	Map<String, String> params() {
		Map<String, String> params = new LinkedHashMap<>();
		if (category != null) {
			params.put("category", category);
		}
		if (unit != null) {
			params.put("unit", unit);
		}
		if (type != null) {
			params.put("type", type.key());
		}
		if (place != null) {
			params.put("place", place.code());
		}
		return params;
	}

}
