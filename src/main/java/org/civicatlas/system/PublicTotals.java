package org.civicatlas.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the atlas holds as the public pages count it: published articles, public programs
 * (not merged), figures of published articles, townships covered and the gazetteer. The
 * one reader of these totals for the home page, {@code /open-data} and the sitemap index,
 * so that they never disagree.
 */
@Component
public class PublicTotals {

	/** The totals; a township is covered when a published article or program names it. */
	public record Totals(long articles, long programs, long figures, long townshipsCovered, long cities, long districts,
			long townships) {
	}

	/*
	 * Read from the tally kept at commit (public_tally, R__public_summaries.sql): a few
	 * rows whatever the size of the corpus, also on the first request after a write.
	 */
	private static final String SQL = """
			select coalesce(sum(n) filter (where scope = '' and facet = 'articles'), 0) as articles,
			       coalesce(sum(n) filter (where scope = '' and facet = 'programs'), 0) as programs,
			       coalesce(sum(n) filter (where scope = '' and facet = 'figures'), 0) as figures,
			       count(distinct scope) filter (where length(scope) = 9 and n > 0) as townships_covered,
			       (select count(*) from city) as cities,
			       (select count(*) from district) as districts,
			       (select count(*) from township) as townships
			  from public_tally
			 where facet in ('articles', 'programs', 'figures') and value = ''
			   and (scope = '' or length(scope) = 9)
			""";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	PublicTotals(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/** The totals at the current data version, in one statement (none when cached). */
	public Totals current() {
		return cache.get(PublicTotals.class,
				() -> jdbc.sql(SQL)
					.query((rs, n) -> new Totals(rs.getLong("articles"), rs.getLong("programs"), rs.getLong("figures"),
							rs.getLong("townships_covered"), rs.getLong("cities"), rs.getLong("districts"),
							rs.getLong("townships")))
					.single());
	}

}
