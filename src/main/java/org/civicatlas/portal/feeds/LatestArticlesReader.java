package org.civicatlas.portal.feeds;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.civicatlas.system.IssueDate;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The newest published articles, for the Atom feed: one statement, along the (status, id)
 * index.
 */
@Component
class LatestArticlesReader {

	/**
	 * {@code published} is the start of the issue's day in Zhejiang, null unless the day
	 * is known.
	 */
	record Entry(long id, String headline, String headlineEn, List<String> bylines, String body,
			OffsetDateTime published, OffsetDateTime updated) {

		/** The first paragraph of the body: the feed's summary of the article. */
		String firstParagraph() {
			return body.strip().split("\\n\\s*\\n", 2)[0].strip();
		}

	}

	private static final ZoneId ZHEJIANG_TIME = ZoneId.of("Asia/Shanghai");

	// Ids grow with every import, so the highest ids are the newest articles.
	private static final String SQL = """
			select a.id, a.headline, a.headline_en, a.bylines, a.body, a.updated_at, p.issue_date, p.issue_date_precision
			  from article a
			  join source_page p on p.id = a.source_page_id
			 where a.status = 'PUBLISHED'
			 order by a.id desc
			 limit :limit
			""";

	private final JdbcClient jdbc;

	LatestArticlesReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> latest(int limit) {
		return jdbc.sql(SQL)
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("headline"), rs.getString("headline_en"),
					SqlArrays.strings(rs.getArray("bylines")), rs.getString("body"),
					published(IssueDate.read(rs, "issue_date")), rs.getObject("updated_at", OffsetDateTime.class)))
			.list();
	}

	private static OffsetDateTime published(IssueDate date) {
		return date == null || date.precision() != IssueDate.Precision.DAY ? null
				: date.first().atStartOfDay(ZHEJIANG_TIME).toOffsetDateTime();
	}

}
