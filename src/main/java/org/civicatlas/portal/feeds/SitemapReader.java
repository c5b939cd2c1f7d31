package org.civicatlas.portal.feeds;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import org.civicatlas.system.Cursors;
import org.civicatlas.system.PublicTotals;

import org.springframework.stereotype.Component;

/**
 * The record pages a search engine should know: every city and district and the townships
 * that published articles cover (one file), and every published program and article, in
 * files of at most {@value #FILE_SIZE} URLs (the sitemap protocol's limit), each read
 * from a cursor.
 */
@Component
class SitemapReader {

	static final int FILE_SIZE = 50_000;

	/** A page's path and, for records editors change, the day of the last change. */
	record Entry(String path, LocalDate lastModified) {
	}

	/** How many program and article files the index lists. */
	record Files(int programs, int articles) {
	}

	enum Kind {

		PROGRAMS("select '/programs/' || id as path, updated_at::date as last_modified from program"
				+ " where status = 'PUBLISHED' and merged_into is null"),

		ARTICLES("select '/articles/' || id as path, updated_at::date as last_modified from article"
				+ " where status = 'PUBLISHED'");

		final String select;

		Kind(String select) {
			this.select = select;
		}

	}

	// townships are listed when a published article covers them, by the one definition of
	// "belongs to this place" (the article_place view, V94)
	private static final String PLACES = """
			select path, null::date as last_modified
			  from (select 1 as kind, '/places/' || code as path from city
			        union all
			        select 2, '/places/' || code from district
			        union all
			        select 3, '/places/' || t.code from township t
			         where exists (select 1 from article_place ap where ap.township_code = t.code)) pages
			 order by kind, path
			""";

	private final Cursors cursors;

	private final PublicTotals totals;

	SitemapReader(Cursors cursors, PublicTotals totals) {
		this.cursors = cursors;
		this.totals = totals;
	}

	// counted at commit: the index is a few rows whatever the corpus
	Files files() {
		PublicTotals.Totals now = totals.current();
		return new Files(files(now.programs()), files(now.articles()));
	}

	void places(Cursors.Sink<Entry> sink) throws IOException {
		cursors.each(PLACES, Map.of(), (rs, n) -> entry(rs), sink);
	}

	/** The records of file {@code file} (1-based) of this kind, in id order. */
	void records(Kind kind, int file, Cursors.Sink<Entry> sink) throws IOException {
		cursors.each(kind.select + " order by id limit :size offset :offset",
				Map.of("size", FILE_SIZE, "offset", (long) (file - 1) * FILE_SIZE), (rs, n) -> entry(rs), sink);
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		return new Entry(rs.getString("path"), rs.getObject("last_modified", LocalDate.class));
	}

	private static int files(long records) {
		return (int) Math.max(1, (records + FILE_SIZE - 1) / FILE_SIZE);
	}

}
