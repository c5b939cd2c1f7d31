package org.civicatlas.portal.feeds;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record pages a search engine should know, in one statement: every city and district, the
 * townships that published articles cover, every published program and article.
 */
@Component
class SitemapEntries {

	/** A page's path and, for records editors change, the day of the last change. */
	record Entry(String path, LocalDate lastModified) {
	}

	private static final String SQL = """
			select path, last_modified
			  from (select 1 as kind, '/places/' || code as path, null::date as last_modified from city
			        union all
			        select 2, '/places/' || code, null from district
			        union all
			        select 3, '/places/' || t.code, null from township t
			         where exists (select 1 from article_township at join article a on a.id = at.article_id
			                        where at.township_code = t.code and a.status = 'PUBLISHED')
			        union all
			        select 4, '/programs/' || id, updated_at::date from program
			         where status = 'PUBLISHED' and merged_into is null
			        union all
			        select 5, '/articles/' || id, updated_at::date from article where status = 'PUBLISHED') pages
			 order by kind, length(path), path
			""";

	private final JdbcClient jdbc;

	SitemapEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> entries() {
		return jdbc.sql(SQL)
			.query((rs, n) -> new Entry(rs.getString("path"), rs.getObject("last_modified", LocalDate.class)))
			.list();
	}

}
