package org.civicatlas.portal.articles;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Author pages (issue 13, item 3): a reporter's articles, linked from the bylines, and
 * found by search.
 */
@PortalTest
class AuthorPagesTests {

	private static final String ZHOU_JING = "周静";

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void theAuthorPageListsHerArticlesInTheOrderOfTheArticlesList() {
		List<Long> expected = jdbc.sql("""
				select a.id from article a join source_page p on p.id = a.source_page_id
				 where a.status = 'PUBLISHED' and :name = any (a.bylines)
				 order by p.issue_date desc nulls last, a.id desc""").param("name", ZHOU_JING).query(Long.class).list();
		assertThat(expected).hasSize(4);
		HttpResponse<String> response = http.get(path(ZHOU_JING));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ArticlePagesTests.listed(response.body())).isEqualTo(expected);
		assertThat(response.body()).contains("<h1 class=\"h3\">周静的报道</h1>").contains("共4篇报道");
		assertThat(http.get(path(ZHOU_JING) + "?lang=en").body()).contains("Articles by 周静");
	}

	@Test
	void bylinesLinkToTheAuthorPage() {
		long id = jdbc.sql("select min(id) from article where status = 'PUBLISHED' and :name = any (bylines)")
			.param("name", ZHOU_JING)
			.query(Long.class)
			.single();
		String link = "href=\"" + path(ZHOU_JING) + "\"";
		assertThat(http.get("/articles/" + id).body()).contains(link);
		assertThat(http.get("/articles").body()).contains("<a href=\"/authors/");
	}

	@Test
	void anAuthorWithMoreArticlesThanAPageIsPaged() {
		String name = "测试记者";
		List<Long> ids = jdbc.sql("select id from article where status = 'PUBLISHED' order by id limit 21")
			.query(Long.class)
			.list();
		assertThat(ids).hasSize(21);
		jdbc.sql("update article set bylines = bylines || array[:name]::text[] where id in (:ids)")
			.param("name", name)
			.param("ids", ids)
			.update();
		try {
			assertThat(ArticlePagesTests.listed(http.get(path(name)).body())).hasSize(20);
			String second = http.get(path(name) + "?page=2").body();
			assertThat(ArticlePagesTests.listed(second)).hasSize(1);
			assertThat(second).contains("rel=\"prev\"").contains("href=\"" + path(name) + "\"");
			assertThat(http.get(path(name) + "?page=3").statusCode()).isEqualTo(404);
		}
		finally {
			jdbc.sql("update article set bylines = array_remove(bylines, :name) where id in (:ids)")
				.param("name", name)
				.param("ids", ids)
				.update();
		}
	}

	@Test
	void anUnknownNameIsNotFoundAndAMalformedOneABadRequest() {
		HttpResponse<String> unknown = http.get(path("无此记者"));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).doesNotContain("Exception");
		assertThat(http.get(path("<script>")).statusCode()).isEqualTo(400);
		assertThat(http.get(path("周静123")).statusCode()).isEqualTo(400);
		assertThat(http.get(path("长".repeat(41))).statusCode()).isEqualTo(400);
		assertThat(http.get(path(ZHOU_JING) + "?page=0").statusCode()).isEqualTo(400);
		assertThat(http.get(path(ZHOU_JING) + "?page=x").statusCode()).isEqualTo(400);
	}

	@Test
	void theAuthorPageRunsAFixedNumberOfStatements() {
		statements.reset();
		assertThat(http.get(path(ZHOU_JING)).statusCode()).isEqualTo(200);
		// the data version (ETag), the taxonomy, the page of articles
		assertThat(statements.count()).isLessThanOrEqualTo(3);
		statements.resetKeepingCache();
		http.get(path(ZHOU_JING));
		assertThat(statements.count()).isLessThanOrEqualTo(1);
	}

	@Test
	void searchFindsBylines() {
		String body = http.get("/search?q=" + URLEncoder.encode(ZHOU_JING, StandardCharsets.UTF_8)).body();
		assertThat(body).contains("id=\"search-count-articles\">4 条<");
	}

	static String path(String name) {
		return "/authors/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
