package org.civicatlas.portal.places;

import java.util.List;

import org.civicatlas.system.PublicCache;

import java.util.Arrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Places of one level with their counts (the counting rules of {@link PlaceScope}, kept
 * at commit in {@code public_tally}, R__public_summaries.sql): one statement per list,
 * two primary-key look-ups per place.
 */
@Component
class CountedPlacesReader {

	private static final String SQL = """
			select x.code, x.name, x.name_en, %1$s as parent_code,
			       coalesce((select n from public_tally t where t.scope = x.code and t.facet = 'programs' and t.value = ''), 0) as programs,
			       coalesce((select n from public_tally t where t.scope = x.code and t.facet = 'articles' and t.value = ''), 0) as articles
			  from %2$s x
			 where %3$s
			 order by x.code
			""";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	CountedPlacesReader(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	List<CountedPlace> cities() {
		return list(Level.CITY, "true", null);
	}

	List<CountedPlace> districts() {
		return list(Level.DISTRICT, "true", null);
	}

	/** The places right below a city or district. */
	List<CountedPlace> childrenOf(Level level, String code) {
		return level.child().map(child -> list(child, "x." + level.column + " = :code", code)).orElse(List.of());
	}

	private List<CountedPlace> list(Level level, String condition, String code) {
		return cache.get(Arrays.asList(CountedPlacesReader.class, level, condition, code),
				() -> read(level, condition, code));
	}

	private List<CountedPlace> read(Level level, String condition, String code) {
		String parent = level.parent().map(above -> "x." + above.column).orElse("null");
		String sql = SQL.formatted(parent, level.table, condition);
		return jdbc.sql(sql)
			.param("code", code)
			.query((rs, n) -> new CountedPlace(rs.getString("code"),
					new Name(rs.getString("name"), rs.getString("name_en")), rs.getString("parent_code"),
					rs.getLong("programs"), rs.getLong("articles")))
			.list();
	}

}
