package org.civicatlas.portal.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicatlas.portal.programs.FinderView.Result;
import org.civicatlas.portal.programs.PlaceScopeReader.PlaceScope;
import org.civicatlas.system.NotFoundException;
import org.civicatlas.system.Paged;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * The program finder: four statements whatever the filters (the taxonomy, the place
 * scope, the facet counts with the total, one page of results). They share one snapshot,
 * so the counts a reader sees always agree with the results beside them.
 */
@Service
class FinderReader {

	/**
	 * Counts per facet ({@code total}, {@code type}, {@code subtype}, {@code metrics},
	 * {@code place}) and value.
	 */
	record FacetCounts(Map<String, Map<String, Long>> counts) {

		long get(String facet, String value) {
			return counts.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
		}

		long total() {
			return get("total", null);
		}

	}

	private final JdbcClient jdbc;

	private final TaxonomyReader taxonomy;

	private final PlaceScopeReader places;

	FinderReader(JdbcClient jdbc, TaxonomyReader taxonomy, PlaceScopeReader places) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.places = places;
	}

	/**
	 * @throws org.springframework.web.server.ResponseStatusException 400 for a malformed
	 * or unknown parameter
	 * @throws NotFoundException for an unknown place code or a page after the last
	 * ({@link org.civicatlas.system.PastLastPageException})
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	FinderView find(MultiValueMap<String, String> params, Locale locale) {
		Taxonomy types = taxonomy.read();
		FinderQuery query = FinderQuery.parse(params, types);
		PlaceScope scope = places.read(query.place());
		if (query.place() != null && scope.place() == null) {
			throw new NotFoundException("place " + query.place());
		}
		FacetCounts counts = counts(FinderSql.facets(query, scope.childLength()));
		Paged<Result> results = new Paged<>(results(FinderSql.results(query), types, locale), query.page(),
				FinderQuery.PAGE_SIZE, counts.total());
		return new FinderViewAssembler(query, types, scope, counts, locale).view(results);
	}

	private FacetCounts counts(FinderSql.Statement statement) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		jdbc.sql(statement.sql()).params(statement.params()).query(rs -> {
			counts.computeIfAbsent(rs.getString("facet"), facet -> new HashMap<>())
				.put(rs.getString("value"), rs.getLong("n"));
		});
		return new FacetCounts(counts);
	}

	private List<Result> results(FinderSql.Statement statement, Taxonomy types, Locale locale) {
		return jdbc.sql(statement.sql()).params(statement.params()).query((rs, n) -> result(rs, types, locale)).list();
	}

	private static Result result(ResultSet rs, Taxonomy types, Locale locale) throws SQLException {
		List<String> subtypes = SqlArrays.strings(rs.getArray("subtypes"));
		Taxonomy.Subtype primary = subtypes.isEmpty() ? null : types.subtype(subtypes.get(0));
		return new Result(rs.getLong("id"), rs.getString("name"), SqlArrays.strings(rs.getArray("aliases")),
				rs.getString("description"), primary == null ? null : types.type(primary.typeKey()).name(locale),
				primary == null ? null : primary.name(locale), Rows.placePath(rs, locale), rs.getString("village_name"),
				rs.getLong("metric_count"), rs.getLong("article_count"));
	}

}
