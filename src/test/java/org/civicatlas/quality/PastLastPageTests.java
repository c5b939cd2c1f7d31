package org.civicatlas.quality;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.civicatlas.support.AdminSession;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: one behaviour past the last page of every paged list, public and admin: a 404
 * page that says the list has no such page and leads to its first page with the same
 * filters (before, public lists answered 400, the finder 404 and the admin lists an empty
 * page with "0 found").
 */
@PortalTest
@Import(AdminSession.class)
class PastLastPageTests {

	private static final String XIANGXIAN = URLEncoder.encode("乡贤", StandardCharsets.UTF_8);

	@Autowired
	Http http;

	@Autowired
	AdminSession session;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/articles", "/articles?year=2024", "/metrics", "/metrics?category=count", "/programs",
			"/programs?sort=name", "/search?q=%E4%B9%A1%E8%B4%A4&kind=programs", "/authors/%E5%91%A8%E9%9D%99" })
	void aPublicListHasNoPagePastItsLast(String list) {
		assertPastLastPage(http.get(withPage(list, 400)), list, 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/articles", "/admin/articles?q=%E4%B9%A1%E8%B4%A4&status=PUBLISHED",
			"/admin/programs", "/admin/metrics", "/admin/reports?status=OPEN", "/admin/pages", "/admin/history" })
	void anAdminListHasNoPagePastItsLast(String list) {
		assertPastLastPage(session.editor().get(withPage(list, 9999)), list, 9999);
	}

	@Test
	void theHistoryOfOneRecordHasNoPagePastItsLast() {
		long article = jdbc.sql("select id from article order by id limit 1").query(Long.class).single();
		String list = "/admin/history/article/" + article;
		assertPastLastPage(session.editor().get(list + "?page=2"), list, 2);
	}

	@Test
	void theMessageIsInTheReadersLanguage() {
		HttpResponse<String> response = http.get("/articles?page=400&lang=en", "en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("This list has no page 400").contains("Start from the first page");
	}

	@Test
	void aPageBelowOneStaysABadRequest() {
		assertThat(http.get("/articles?page=0").statusCode()).isEqualTo(400);
		assertThat(http.get("/search?q=" + XIANGXIAN + "&kind=programs&page=0").statusCode()).isEqualTo(400);
		assertThat(session.editor().get("/admin/history?page=0").statusCode()).isEqualTo(400);
	}

	private static String withPage(String list, int page) {
		return list + (list.contains("?") ? "&" : "?") + "page=" + page;
	}

	private static void assertPastLastPage(HttpResponse<String> response, String list, int page) {
		assertThat(response.statusCode()).as(list).isEqualTo(404);
		assertThat(response.body()).as(list)
			.contains("这个列表没有第 " + page + " 页")
			.contains("href=\"" + list.replace("&", "&amp;") + "\">从第一页看起</a>")
			.doesNotContain("Exception");
	}

}
