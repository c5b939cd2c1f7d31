package org.civicatlas.portal.places;

import org.civicatlas.system.PublicCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the atlas holds, for the home page: published content and the gazetteer, in one statement. */
@Component
class Holdings {

	/** The counts; a township is covered when a published article or program names it. */
	record Totals(long articles, long programs, long figures, long townshipsCovered, long cities, long districts,
			long townships) {
	}

	private static final String SQL = """
			select (select count(*) from article a where a.status = 'PUBLISHED') as articles,
			       (select count(*) from program p where %1$s) as programs,
			       (select count(*) from metric m join article a on a.id = m.article_id
			         where a.status = 'PUBLISHED') as figures,
			       (select count(*) from (select p.township_code from program p
			                               where %1$s and p.township_code is not null
			                              union
			                              select at.township_code from article_township at
			                                join article a on a.id = at.article_id
			                               where a.status = 'PUBLISHED') covered) as townships_covered,
			       (select count(*) from city) as cities,
			       (select count(*) from district) as districts,
			       (select count(*) from township) as townships
			""".formatted(PlaceScope.PUBLISHED_PROGRAM);

	private final JdbcClient jdbc;

	private final PublicCache cache;

	Holdings(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	Totals totals() {
		return cache.get(Holdings.class, () -> jdbc.sql(SQL)
			.query((rs, n) -> new Totals(rs.getLong("articles"), rs.getLong("programs"), rs.getLong("figures"),
					rs.getLong("townships_covered"), rs.getLong("cities"), rs.getLong("districts"),
					rs.getLong("townships")))
			.single());
	}

}
