package org.civicatlas.opendata;

import org.civicatlas.system.PublicCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many records each download holds now, counted as the downloads select them, in one
 * statement.
 */
@Component
class OpenDataCounts {

	record Counts(long articles, long programs, long metrics, long cities, long districts, long townships) {
	}

	private static final String SQL = """
			select (select count(*) from article where status = 'PUBLISHED') as articles,
			       (select count(*) from program where status = 'PUBLISHED' and merged_into is null) as programs,
			       (select count(*) from metric m join article a on a.id = m.article_id
			         where a.status = 'PUBLISHED') as metrics,
			       (select count(*) from city) as cities,
			       (select count(*) from district) as districts,
			       (select count(*) from township) as townships
			""";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	OpenDataCounts(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	Counts counts() {
		return cache.get(OpenDataCounts.class,
				() -> jdbc.sql(SQL)
					.query((rs, n) -> new Counts(rs.getLong("articles"), rs.getLong("programs"), rs.getLong("metrics"),
							rs.getLong("cities"), rs.getLong("districts"), rs.getLong("townships")))
					.single());
	}

}
