package org.civicatlas.portal;

import java.util.List;
import java.util.Map;

import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summaries the public pages count from (R__public_summaries.sql) are kept at commit
 * by differences; after writes of every kind they must hold exactly what counting
 * everything again gives. Each write is made with plain SQL, as any writer could, and
 * undone afterwards (the database is shared with the other portal tests).
 */
@PortalTest
class PublicSummariesTests {

	// zero counts stay behind when a difference empties a row; a recount has no such rows
	private static final Map<String, String> SUMMARIES = Map.of("public_tally",
			"select t::text from public_tally t where n <> 0 order by 1", "program_fact",
			"select f::text from program_fact f order by 1", "article_fact",
			"select f::text from article_fact f order by 1", "article_place_fact",
			"select f::text from article_place_fact f order by 1", "metric_cell",
			"select c::text from metric_cell c order by 1");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void whatIsKeptAtCommitEqualsARecountAfterEveryKindOfWrite() {
		long article = id(
				"select min(a.id) from article a join metric m on m.article_id = a.id where a.status = 'PUBLISHED'");
		long moved = id(
				"select min(id) from program where status = 'PUBLISHED' and merged_into is null and township_code is not null");
		long merged = id("select max(id) from program where status = 'PUBLISHED' and merged_into is null");
		long figure = id("select min(id) from metric where program_id is not null and value is not null");
		long page = id("select source_page_id from article where id = " + article);
		Map<String, Object> old = jdbc.sql("""
				select p.city_code, p.district_code, p.township_code, m.program_id
				  from program p, metric m where p.id = :moved and m.id = :figure""")
			.param("moved", moved)
			.param("figure", figure)
			.query()
			.singleRow();
		Map<String, Object> printed = jdbc
			.sql("select issue_date::text as d, issue_date_precision as p from source_page where id = :id")
			.param("id", page)
			.query()
			.singleRow();
		String elsewhere = jdbc.sql("select max(code) from district where code <> :d")
			.param("d", old.get("district_code"))
			.query(String.class)
			.single();

		try {
			write("update article set status = 'HIDDEN' where id = " + article);
			assertThat(kept()).isEqualTo(recounted());
			write("update program set city_code = left('" + elsewhere + "', 4), district_code = '" + elsewhere
					+ "', township_code = null where id = " + moved);
			write("update metric set program_id = " + merged + " where id = " + figure);
			assertThat(kept()).isEqualTo(recounted());
			write("update program set merged_into = " + moved + " where id = " + merged);
			write("update source_page set issue_date = date '2020-05-01', issue_date_precision = 'DAY' where id = "
					+ page);
			assertThat(kept()).isEqualTo(recounted());
		}
		finally {
			write("update source_page set issue_date = " + literal(printed.get("d")) + ", issue_date_precision = "
					+ literal(printed.get("p")) + " where id = " + page);
			write("update program set merged_into = null where id = " + merged);
			write("update metric set program_id = " + old.get("program_id") + " where id = " + figure);
			write("update program set city_code = '" + old.get("city_code") + "', district_code = '"
					+ old.get("district_code") + "', township_code = '" + old.get("township_code") + "' where id = "
					+ moved);
			write("update article set status = 'PUBLISHED' where id = " + article);
		}
		assertThat(kept()).isEqualTo(recounted());
	}

	private static String literal(Object value) {
		return value == null ? "null" : "'" + value + "'";
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** One committed transaction: the summaries' triggers run at its commit. */
	private void write(String sql) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.sql(sql).update());
	}

	private Map<String, List<String>> kept() {
		return read();
	}

	/**
	 * The summaries counted again from the tables, in a transaction that is rolled back.
	 */
	private Map<String, List<String>> recounted() {
		return new TransactionTemplate(transactions).execute(status -> {
			jdbc.sql("select rebuild_public_summaries()").query().singleRow();
			Map<String, List<String>> counted = read();
			status.setRollbackOnly();
			return counted;
		});
	}

	private Map<String, List<String>> read() {
		return Map.of("public_tally", rows("public_tally"), "program_fact", rows("program_fact"), "article_fact",
				rows("article_fact"), "article_place_fact", rows("article_place_fact"), "metric_cell",
				rows("metric_cell"));
	}

	private List<String> rows(String table) {
		List<String> rows = jdbc.sql(SUMMARIES.get(table)).query(String.class).list();
		assertThat(rows).as(table).isNotEmpty();
		return rows;
	}

}
