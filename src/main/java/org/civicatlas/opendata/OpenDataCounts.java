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

	// Articles, programs and figures from the tally kept at commit (public_tally,
	// R__public_summaries.sql), counted as the downloads select them (published; programs
	// not merged; figures of published articles): a few rows whatever the corpus, also on
	// the first request after a write.
	private static final String SQL = """
			select coalesce(sum(n) filter (where facet = 'articles'), 0) as articles,
			       coalesce(sum(n) filter (where facet = 'programs'), 0) as programs,
			       coalesce(sum(n) filter (where facet = 'figures'), 0) as metrics,
			       (select count(*) from city) as cities,
			       (select count(*) from district) as districts,
			       (select count(*) from township) as townships
			  from public_tally
			 where scope = '' and value = '' and facet in ('articles', 'programs', 'figures')
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
