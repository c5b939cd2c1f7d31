package org.civicatlas.portal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a search finds and in which order, checked against plain substring matching (LIKE)
 * on the seeded records: for words of two or more characters the bigram index must find
 * exactly those.
 */
@PortalTest
class SearchMatchingTests {

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "乡贤", "网格", "调解", "共富工坊", "北海街道", "爱心卡", "乡贤调解" })
	void findsExactlyTheRecordsThatContainTheWord(String word) {
		SearchResultsPage page = search(word);
		assertThat(page.count("articles")).as("articles with " + word).isEqualTo(articlesContaining(word));
		assertThat(page.count("programs")).as("programs with " + word).isEqualTo(programsContaining(word));
		assertThat(page.count("places")).as("places with " + word).isEqualTo(placesContaining(word));
	}

	@Test
	void twoCharacterWordFindsTheBeihaiArticleAndTheVillageSageAssociations() {
		SearchResultsPage page = search("乡贤");
		assertThat(page.ids("articles", "/articles/")).contains(idOfArticle("乡贤参与基层治理 构筑居民幸福共同体"));
		List<Long> programs = new ArrayList<>(page.ids("programs", "/programs/"));
		programs.addAll(search("新乡贤联谊会").ids("programs", "/programs/"));
		assertThat(programs).contains(idOfProgram("北海街道新乡贤联谊会"), idOfProgram("衙前新乡贤联谊会"));
	}

	@Test
	void aLongerPhraseMatchesOnlyWhereItsCharactersStandTogether() {
		assertThat(search("共富工坊").ids("programs", "/programs/")).contains(idOfProgram("花灯共富工坊"));
		// every character of 贤乡 is in the seeds, next to each other only the other way
		// round
		assertThat(articlesContaining("贤乡")).isZero();
		assertThat(search("贤乡").count("articles")).isZero();
	}

	@Test
	void separateWordsMustAllAppearButNotTogether() {
		long both = jdbc.sql("""
				select count(*) from article where status = 'PUBLISHED'
				   and headline || ' ' || body like '%乡贤%' and headline || ' ' || body like '%调解%'
				""").query(Long.class).single();
		assertThat(search("乡贤 调解").count("articles")).isEqualTo(both).isGreaterThan(search("乡贤调解").count("articles"));
	}

	@Test
	void aSingleCharacterFindsEveryRecordThatContainsIt() {
		assertThat(search("贤").count("programs")).isEqualTo(programsContaining("贤"))
			.isGreaterThan(search("乡贤").count("programs"));
		assertThat(search("贤").count("articles")).isEqualTo(articlesContaining("贤"));
	}

	@Test
	void aPlaceNameFindsThePlaceFirst() {
		assertThat(search("北海街道").links("places", "/places/")).first().isEqualTo("/places/330602004");
		assertThat(search("越城区").links("places", "/places/")).first().isEqualTo("/places/330602");
		assertThat(search("Beihai").links("places", "/places/")).contains("/places/330602004");
	}

	@Test
	void headlineHitsComeFirstThenBodyHitsByHowOftenTheWordAppears() {
		List<Long> ids = get("/search?q=" + encode("乡贤") + "&kind=articles").ids("articles", "/articles/");
		Map<Long, String> headlines = new HashMap<>();
		Map<Long, Integer> bodyHits = new HashMap<>();
		jdbc.sql("select id, headline, body from article where status = 'PUBLISHED'").query(rs -> {
			headlines.put(rs.getLong("id"), rs.getString("headline"));
			bodyHits.put(rs.getLong("id"), rs.getString("body").split("乡贤", -1).length - 1);
		});
		assertThat(headlines.get(ids.get(0))).contains("乡贤");
		int firstBodyOnly = 0;
		while (firstBodyOnly < ids.size() && headlines.get(ids.get(firstBodyOnly)).contains("乡贤")) {
			firstBodyOnly++;
		}
		List<Long> bodyOnly = ids.subList(firstBodyOnly, ids.size());
		assertThat(bodyOnly).isNotEmpty().allSatisfy(id -> assertThat(headlines.get(id)).doesNotContain("乡贤"));
		List<Integer> counts = bodyOnly.stream().map(bodyHits::get).toList();
		assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(counts.get(0)).isGreaterThan(counts.get(counts.size() - 1));
	}

	@Test
	void pagesOfOneKindShowEveryMatchOnce() {
		long total = search("乡贤").count("programs");
		assertThat(total).isGreaterThan(SearchService.PAGE_SIZE);
		List<Long> first = get("/search?q=" + encode("乡贤") + "&kind=programs").ids("programs", "/programs/");
		List<Long> second = get("/search?q=" + encode("乡贤") + "&kind=programs&page=2").ids("programs", "/programs/");
		assertThat(first).hasSize(SearchService.PAGE_SIZE);
		Set<Long> all = new HashSet<>(first);
		all.addAll(second);
		assertThat(all).hasSize((int) total);
	}

	private SearchResultsPage search(String query) {
		return get("/search?q=" + encode(query));
	}

	private SearchResultsPage get(String path) {
		var response = http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new SearchResultsPage(response.body());
	}

	private long articlesContaining(String word) {
		return jdbc.sql("""
				select count(*) from article where status = 'PUBLISHED'
				   and (headline like :w or coalesce(subhead, '') like :w or body like :w)
				""").param("w", "%" + word + "%").query(Long.class).single();
	}

	private long programsContaining(String word) {
		return jdbc.sql("""
				select count(*) from program where status = 'PUBLISHED' and merged_into is null
				   and (name like :w or array_to_string(aliases, ' ') like :w or coalesce(description, '') like :w)
				""").param("w", "%" + word + "%").query(Long.class).single();
	}

	private long placesContaining(String word) {
		return jdbc.sql("""
				select count(*) from (select name, name_en, aliases from city union all
				                      select name, name_en, aliases from district union all
				                      select name, name_en, aliases from township) p
				 where name like :w or coalesce(name_en, '') like :w or array_to_string(aliases, ' ') like :w
				""").param("w", "%" + word + "%").query(Long.class).single();
	}

	private long idOfArticle(String headline) {
		return jdbc.sql("select id from article where headline = ?").param(headline).query(Long.class).single();
	}

	private long idOfProgram(String name) {
		return jdbc.sql("select id from program where name = ?").param(name).query(Long.class).single();
	}

	static String encode(String query) {
		return URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

}
