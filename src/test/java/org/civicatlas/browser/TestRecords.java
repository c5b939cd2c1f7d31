package org.civicatlas.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a browser flow adds to the shared database, and its removal: every page, article, program
 * and figure with an id above the ones that existed when this was made, and every revision written
 * since (the flows' edits are audited). Browser tests share the database with the other browser
 * tests, so each flow ends with {@link #cleanUp()} and checks that every table holds as many rows as
 * before ({@link #counts()}).
 */
final class TestRecords {

	/** Every table a flow writes to: content, review decisions, revisions. */
	private static final List<String> TABLES = List.of("source_page", "article", "article_township", "article_village",
			"article_program", "article_review", "program", "program_subtype_link", "metric", "revinfo");

	private final JdbcClient jdbc;

	private final Map<String, Long> countsAtStart;

	private final long lastPage;

	private final long lastArticle;

	private final long lastProgram;

	private final long lastMetric;

	private final long lastRevision;

	TestRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.lastPage = max("id", "source_page");
		this.lastArticle = max("id", "article");
		this.lastProgram = max("id", "program");
		this.lastMetric = max("id", "metric");
		this.lastRevision = max("rev", "revinfo");
		this.countsAtStart = counts();
	}

	Map<String, Long> countsAtStart() {
		return countsAtStart;
	}

	/** How many rows each table holds now. */
	Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TABLES.forEach(table -> counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
		return counts;
	}

	void cleanUp() {
		jdbc.sql("delete from metric where id > :metric or article_id > :article")
			.param("metric", lastMetric)
			.param("article", lastArticle)
			.update();
		jdbc.sql("delete from article where id > :article").param("article", lastArticle).update();
		jdbc.sql("update program set merged_into = null where merged_into > :program").param("program", lastProgram).update();
		jdbc.sql("delete from program where id > :program").param("program", lastProgram).update();
		jdbc.sql("delete from source_page where id > :page").param("page", lastPage).update();
		auditTables().forEach(table -> jdbc.sql("delete from " + table + " where rev > :rev").param("rev", lastRevision).update());
		jdbc.sql("delete from revinfo where rev > :rev").param("rev", lastRevision).update();
	}

	/** Envers' tables: one per audited table and collection, each ending in {@code _aud}. */
	private List<String> auditTables() {
		return jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_name like '%\\_aud'""").query(String.class).list();
	}

	private long max(String column, String table) {
		return jdbc.sql("select coalesce(max(" + column + "), 0) from " + table).query(Long.class).single();
	}

}
