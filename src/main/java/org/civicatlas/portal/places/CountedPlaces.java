package org.civicatlas.portal.places;

import java.util.List;

import org.civicatlas.system.PublicCache;

import java.util.Arrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Places of one level with their counts (the counting rules of {@link PlaceScope}): one statement per
 * list, each count an indexed sub-select per place, whatever the number of articles and programs.
 */
@Component
class CountedPlaces {

	private static final String SQL = PlaceScope.ARTICLE_PLACES + """
			select x.code, x.name, x.name_en, %2$s as parent_code,
			       (select count(*) from program p where %3$s and p.%1$s = x.code) as programs,
			       (select count(distinct ap.article_id) from article_place ap where ap.%1$s = x.code) as articles
			  from %4$s x
			 where %5$s
			 order by x.code
			""";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	CountedPlaces(JdbcClient jdbc, PublicCache cache) {
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
		return cache.get(Arrays.asList(CountedPlaces.class, level, condition, code), () -> read(level, condition, code));
	}

	private List<CountedPlace> read(Level level, String condition, String code) {
		String parent = level.parent().map(above -> "x." + above.column).orElse("null");
		String sql = SQL.formatted(level.column, parent, PlaceScope.PUBLISHED_PROGRAM, level.table, condition);
		return jdbc.sql(sql)
			.param("code", code)
			.query((rs, n) -> new CountedPlace(rs.getString("code"), new Name(rs.getString("name"), rs.getString("name_en")),
					rs.getString("parent_code"), rs.getLong("programs"), rs.getLong("articles")))
			.list();
	}

}
