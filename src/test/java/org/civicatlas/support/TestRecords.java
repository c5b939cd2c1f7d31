package org.civicatlas.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a test adds to the shared database, and its removal: every page, article, program
 * and figure with an id above the ones that existed when this was made, and every
 * revision written since (edits are audited). Tests share one seeded database, so a test
 * that writes ends with {@link #cleanUp()} and checks that every table holds as many rows
 * as before ({@link #counts()}).
 */
public final class TestRecords {

	/** Every table an upload or an edit writes content to. */
	private static final List<String> CONTENT = List.of("source_page", "article", "article_township", "article_village",
			"article_program", "article_review", "program", "program_subtype_link", "metric");

	/** The content tables and the revisions of the history. */
	private static final List<String> TABLES = Stream.concat(CONTENT.stream(), Stream.of("revinfo")).toList();

	private final JdbcClient jdbc;

	private final Map<String, Long> countsAtStart;

	private final long lastPage;

	private final long lastArticle;

	private final long lastProgram;

	private final long lastMetric;

	private final long lastRevision;

	public TestRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.lastPage = max("id", "source_page");
		this.lastArticle = max("id", "article");
		this.lastProgram = max("id", "program");
		this.lastMetric = max("id", "metric");
		this.lastRevision = max("rev", "revinfo");
		this.countsAtStart = counts();
	}

	public Map<String, Long> countsAtStart() {
		return countsAtStart;
	}

	/** {@link #contentCounts()} as they were when this was made. */
	public Map<String, Long> contentCountsAtStart() {
		Map<String, Long> content = new LinkedHashMap<>(countsAtStart);
		content.keySet().retainAll(CONTENT);
		return content;
	}

	/** How many rows each table holds now, revisions included. */
	public Map<String, Long> counts() {
		return counts(TABLES);
	}

	/**
	 * How many rows each content table holds now (an edit may add a revision without
	 * adding content).
	 */
	public Map<String, Long> contentCounts() {
		return counts(CONTENT);
	}

	private Map<String, Long> counts(List<String> tables) {
		Map<String, Long> counts = new LinkedHashMap<>();
		tables
			.forEach(table -> counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
		return counts;
	}

	public void cleanUp() {
		jdbc.sql("delete from metric where id > :metric or article_id > :article")
			.param("metric", lastMetric)
			.param("article", lastArticle)
			.update();
		jdbc.sql("delete from article where id > :article").param("article", lastArticle).update();
		jdbc.sql("update program set merged_into = null where merged_into > :program")
			.param("program", lastProgram)
			.update();
		jdbc.sql("delete from program where id > :program").param("program", lastProgram).update();
		jdbc.sql("delete from source_page where id > :page").param("page", lastPage).update();
		auditTables().forEach(
				table -> jdbc.sql("delete from " + table + " where rev > :rev").param("rev", lastRevision).update());
		jdbc.sql("delete from revinfo where rev > :rev").param("rev", lastRevision).update();
	}

	/**
	 * Envers' tables: one per audited table and collection, each ending in {@code _aud}.
	 */
	private List<String> auditTables() {
		return jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_name like '%\\_aud'""").query(String.class).list();
	}

	private long max(String column, String table) {
		return jdbc.sql("select coalesce(max(" + column + "), 0) from " + table).query(Long.class).single();
	}

}
