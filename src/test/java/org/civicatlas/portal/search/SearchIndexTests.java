package org.civicatlas.portal.search;

import java.util.List;

import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The bigram function and indexes of V5__search.sql, in the database itself. */
@PortalTest
class SearchIndexTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void textBecomesOverlappingBigramsAtTheirPositions() {
		assertThat(vector("乡贤参与")).isEqualTo("'与':4 '乡贤':1 '参与':3 '贤参':2");
	}

	@Test
	void punctuationAndSpacesSeparateRunsAndALoneCharacterIsKept() {
		assertThat(vector("乡贤，调解 网")).isEqualTo("'乡贤':1 '网':7 '解':5 '调解':4 '贤':2");
	}

	@Test
	void textIsFoldedToHalfWidthLowerCaseAndLettersAndDigitsRunOn() {
		assertThat(vector("ＡＰＰ２０")).isEqualTo("'0':5 '20':4 'ap':1 'p2':3 'pp':2");
	}

	@Test
	void severalTextsNeverFormABigramAcrossTheirBoundary() {
		assertThat(jdbc.sql("select search_bigrams('乡贤', null, '调解')::text").query(String.class).single())
			.isEqualTo("'乡贤':1 '解':5 '调解':4 '贤':2");
		assertThat(vector("")).isEmpty();
	}

	@Test
	void aPhraseOfBigramsMatchesOnlyContiguousText() {
		assertThat(matches("新乡贤调解工作室", "乡贤调解")).isTrue();
		assertThat(matches("乡贤参与调解", "乡贤调解")).isFalse();
		assertThat(matches("乡贤参与调解", "乡贤 调解")).isTrue();
		assertThat(matches("贤乡", "乡贤")).isFalse();
		assertThat(matches("乡贤", "贤")).isTrue();
		assertThat(matches("乡贤", "乡")).isTrue();
	}

	@Test
	void articlesAndProgramsStoreTheirWeightedVectors() {
		String vector = jdbc.sql("select search_vector::text from program where name = '北海街道新乡贤联谊会'")
			.query(String.class)
			.single();
		assertThat(vector).contains("'乡贤':6A,12B");
	}

	@Test
	@Transactional
	void everySearchStatementCanUseItsIndex() {
		// the seeded tables are small enough for a sequential scan; forbid it to see that
		// the
		// statements' expressions match the indexes'
		jdbc.sql("set local enable_seqscan = off").update();
		for (String sql : List.of(SearchReader.PLACES, SearchReader.PROGRAMS, SearchReader.ARTICLES)) {
			String plan = String.join("\n",
					jdbc.sql("explain " + sql)
						.param("query", SearchQuery.parse("北海街道").tsquery())
						.param("text", "北海街道")
						.param("limit", 10)
						.param("offset", 0)
						.param("cap", SearchReader.CAP)
						.query(String.class)
						.list());
			assertThat(plan).doesNotContain("Seq Scan on article", "Seq Scan on program", "Seq Scan on township");
		}
		String places = String.join("\n",
				jdbc.sql("explain " + SearchReader.PLACES)
					.param("query", SearchQuery.parse("北海").tsquery())
					.param("text", "北海")
					.param("limit", 10)
					.param("offset", 0)
					.query(String.class)
					.list());
		assertThat(places).contains("city_search_idx", "district_search_idx", "township_search_idx");
	}

	@Test
	void titleHitsComeFirstAndEveryMatchIsCountedUnderTheCap() {
		List<Long> titleHits = jdbc.sql("""
				select id from article where status = 'PUBLISHED' and headline like '%乡贤%'
				""").query(Long.class).list();
		assertThat(titleHits).hasSizeGreaterThanOrEqualTo(4);
		long matches = jdbc.sql("""
				select count(*) from article where status = 'PUBLISHED'
				   and (headline like '%乡贤%' or coalesce(subhead, '') like '%乡贤%' or body like '%乡贤%')
				""").query(Long.class).single();
		List<long[]> rows = articles("乡贤", SearchReader.CAP, 4, 0);
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0)[1]).isEqualTo(matches).isLessThan(SearchReader.CAP);
		assertThat(rows.stream().map(row -> row[0]).toList()).allMatch(titleHits::contains);
	}

	@Test
	void aCommonWordIsCountedAndPagedOnlyUpToTheCap() {
		long matches = articles("乡贤", SearchReader.CAP, 1, 0).get(0)[1];
		int cap = 3;
		assertThat(matches).isGreaterThan(cap + 1);
		List<long[]> first = articles("乡贤", cap, 2, 0);
		// more than the cap: the page cuts the total back to the cap and says "more than"
		assertThat(first.get(0)[1]).isGreaterThan(cap).isLessThanOrEqualTo(2L * cap + 1);
		assertThat(articles("乡贤", cap, 2, 2)).hasSize(1);
		assertThat(articles("乡贤", cap, 2, 4)).isEmpty();
	}

	// ids and totals of a page of SearchReader.ARTICLES with the given cap
	private List<long[]> articles(String text, int cap, int limit, int offset) {
		return jdbc.sql(SearchReader.ARTICLES)
			.param("query", SearchQuery.parse(text).tsquery())
			.param("limit", limit)
			.param("offset", offset)
			.param("cap", cap)
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("total") })
			.list();
	}

	private String vector(String text) {
		return jdbc.sql("select search_bigrams(?)::text").param(text).query(String.class).single();
	}

	private boolean matches(String text, String query) {
		return jdbc.sql("select search_bigrams(?) @@ cast(? as tsquery)")
			.param(text)
			.param(SearchQuery.parse(query).tsquery())
			.query(Boolean.class)
			.single();
	}

}
