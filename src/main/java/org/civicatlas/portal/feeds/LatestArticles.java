package org.civicatlas.portal.feeds;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The newest published articles, for the Atom feed: one statement, along the (status, id) index. */
@Component
class LatestArticles {

	record Entry(long id, String headline, List<String> bylines, String body, OffsetDateTime published,
			OffsetDateTime updated) {

		/** The first paragraph of the body: the feed's summary of the article. */
		String firstParagraph() {
			return body.strip().split("\\n\\s*\\n", 2)[0].strip();
		}

	}

	// Ids grow with every import, so the highest ids are the newest articles.
	private static final String SQL = """
			select id, headline, bylines, body, created_at, updated_at
			  from article
			 where status = 'PUBLISHED'
			 order by id desc
			 limit :limit
			""";

	private final JdbcClient jdbc;

	LatestArticles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> latest(int limit) {
		return jdbc.sql(SQL)
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("headline"),
					Arrays.stream((String[]) rs.getArray("bylines").getArray()).toList(), rs.getString("body"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class)))
			.list();
	}

}
