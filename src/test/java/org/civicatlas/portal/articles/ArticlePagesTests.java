package org.civicatlas.portal.articles;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The articles list and its filters, over HTTP against the seeded database. */
@PortalTest
class ArticlePagesTests {

	private static final Pattern LISTED = Pattern.compile("<li class=\"card mb-3\" id=\"article-(\\d+)\">");

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void listsTwentyPublishedArticlesNewestFirst() {
		List<Long> published = ids("select id from article where status = 'PUBLISHED' order by id desc");
		HttpResponse<String> response = http.get("/articles");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(listed(response.body())).isEqualTo(published.subList(0, 20));
		assertThat(response.body()).contains("<html lang=\"zh-CN\"")
			.contains("共" + published.size() + "篇报道")
			.contains("href=\"/articles?page=2\"");
	}

	@Test
	void theLastPageHoldsTheRestAndAPagePastItIsNotFound() {
		List<Long> published = ids("select id from article where status = 'PUBLISHED' order by id desc");
		int last = (published.size() + 19) / 20;
		HttpResponse<String> response = http.get("/articles?page=" + last);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(listed(response.body())).isEqualTo(published.subList((last - 1) * 20, published.size()));
		assertThat(http.get("/articles?page=" + (last + 1)).statusCode()).isEqualTo(404);
		assertThat(http.get("/articles?page=0").statusCode()).isEqualTo(400);
		assertThat(http.get("/articles?page=-3").statusCode()).isEqualTo(400);
		assertThat(http.get("/articles?page=two").statusCode()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "3306", "330602", "330602004", "3301" })
	void aPlaceMatchesTheMainPlaceTheTownshipsAndEverythingBelow(String code) {
		List<Long> expected = ids("""
				select a.id from article a where a.status = 'PUBLISHED'
				   and (left(coalesce(a.district_code, a.city_code), length(:code)) = :code
				        or exists (select 1 from article_township t
				                    where t.article_id = a.id and left(t.township_code, length(:code)) = :code))
				 order by a.id desc limit 20""", code);
		assertThat(expected).isNotEmpty();
		HttpResponse<String> response = http.get("/articles?place=" + code);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(listed(response.body())).isEqualTo(expected);
	}

	@Test
	void aTypeMatchesThroughTheArticlesPrograms() {
		List<Long> expected = ids("""
				select distinct a.id from article a
				  join article_program ap on ap.article_id = a.id
				  join program p on p.id = ap.program_id and p.status = 'PUBLISHED'
				  join program_subtype_link l on l.program_id = p.id
				  join program_subtype s on s.key = l.subtype_key
				 where a.status = 'PUBLISHED' and s.type_key = :code order by a.id desc""", "social_welfare");
		assertThat(expected).isNotEmpty();
		HttpResponse<String> response = http.get("/articles?type=social_welfare");
		assertThat(listed(response.body())).isEqualTo(expected.subList(0, Math.min(20, expected.size())));
		assertThat(response.body()).contains("<option value=\"social_welfare\" selected=\"selected\">民生保障</option>");
	}

	@Test
	void placeAndTypeTogetherNarrowEachOther() {
		List<Long> place = listed(http.get("/articles?place=3301").body());
		List<Long> type = listed(http.get("/articles?type=business_services").body());
		List<Long> both = listed(http.get("/articles?place=3301&type=business_services").body());
		assertThat(both).isNotEmpty()
			.allSatisfy(id -> assertThat(place).contains(id))
			.allSatisfy(id -> assertThat(type).contains(id));
	}

	@Test
	void aTownshipFilterIsOfferedEvenThoughTheFormListsCitiesAndDistricts() {
		HttpResponse<String> response = http.get("/articles?place=330602004");
		assertThat(response.body()).contains("<option value=\"330602004\" selected>北海街道</option>");
		assertThat(http.get("/articles?place=330602004&lang=en").body()).contains("北海街道 (Beihai Subdistrict)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "place=33", "place=3399", "place=330699999", "place=abc", "place=%3Cscript%3E",
			"type=nope", "type=%3Cb%3Ex", "type=SOCIAL_WELFARE" })
	void invalidFiltersAreBadRequests(String query) {
		HttpResponse<String> response = http.get("/articles?" + query);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("请求有误").doesNotContain("<script>").doesNotContain("<b>x");
	}

	@Test
	void emptyFiltersAreNoFilters() {
		assertThat(listed(http.get("/articles?place=&type=").body())).isEqualTo(listed(http.get("/articles").body()));
	}

	@Test
	void showsPlacesTypesAndBylinesInEnglishOnRequest() {
		HttpResponse<String> response = http.get("/articles?lang=en");
		assertThat(response.body()).contains("<html lang=\"en\"")
			.contains("articles, showing 1–20")
			.contains(">Social welfare</a>")
			.containsPattern("[\\p{IsHan}]+区 \\([A-Z][a-z]+ District\\)");
	}

	@Test
	void anArticleOfTheListShowsItsBylinesPlacesAndTypes() {
		String html = http.get("/articles?place=330602004").body();
		String card = html.substring(html.indexOf("id=\"article-1\""));
		card = card.substring(0, card.indexOf("</ol>"));
		int next = card.indexOf("<li class=\"card");
		assertThat(next < 0 ? card : card.substring(0, next)).contains("乡贤参与基层治理 构筑居民幸福共同体")
			.contains(">孙良</a></li>")
			.contains(">孙健</a></li>")
			.contains(">越城区</li>")
			.contains(">北海街道</li>")
			.contains("href=\"/articles?type=village_sages_united_front\"")
			.contains("不完整");
	}

	@Test
	void theListRunsAFixedNumberOfStatements() {
		statements.reset();
		http.get("/articles?page=2");
		// one more for the data version (the ETag), read before every public page
		assertThat(statements.count()).isLessThanOrEqualTo(4);
		statements.reset();
		http.get("/articles?place=3301&type=business_services");
		assertThat(statements.count()).isLessThanOrEqualTo(5);
	}

	private List<Long> ids(String sql) {
		return jdbc.sql(sql).query(Long.class).list();
	}

	private List<Long> ids(String sql, String code) {
		return jdbc.sql(sql).param("code", code).query(Long.class).list();
	}

	static List<Long> listed(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = LISTED.matcher(html);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return ids;
	}

}
