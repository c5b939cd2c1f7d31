package org.civicatlas.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public page asked for again at the same data version is sent as it was rendered, with
 * the same headers, after one statement (the data version); what a visitor with a session
 * or a language switch gets is never kept for others; languages and htmx fragments are
 * kept apart; downloads are not buffered. That an edit, a merge and a publish show at
 * once is {@code RenderedPageFreshnessTests}'.
 */
@PortalTest
class RenderedPagesTests {

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	String article;

	@BeforeEach
	void emptyCache() {
		article = "/articles/"
				+ jdbc.sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
		statements.reset();
	}

	@Test
	void aPageAskedForAgainIsSentAsRenderedAfterOneStatement() {
		// the sitemap index first: it reads the totals the home page also reads (one
		// cached
		// value), so after the home page it would have nothing of its own to read
		for (String path : new String[] { "/sitemap.xml", article, article + "/source", "/", "/metrics" }) {
			statements.resetKeepingCache();
			HttpResponse<String> rendered = http.get(path);
			assertThat(statements.count()).as("%s rendered", path).isGreaterThan(1);
			statements.resetKeepingCache();
			HttpResponse<String> kept = http.get(path);
			assertThat(statements.count()).as("%s sent again", path).isEqualTo(1);
			assertThat(kept.statusCode()).isEqualTo(200);
			assertThat(kept.body()).isEqualTo(rendered.body());
			assertThat(headers(kept)).as(path).isEqualTo(headers(rendered));
		}
	}

	@Test
	void languagesAndHtmxFragmentsAreKeptApart() {
		String chinese = http.get("/places").body();
		String english = http.get("/places", "en").body();
		assertThat(chinese).contains("lang=\"zh-CN\"");
		assertThat(english).contains("lang=\"en\"");
		assertThat(http.get("/places").body()).isEqualTo(chinese);
		assertThat(http.get("/places", "en").body()).isEqualTo(english);

		String page = http.get("/programs").body();
		String fragment = http
			.send(HttpRequest.newBuilder(http.uri("/programs"))
				.header("Accept-Language", "zh-CN,zh;q=0.9")
				.header("HX-Request", "true")
				.build())
			.body();
		assertThat(page).contains("<html");
		assertThat(fragment).doesNotContain("<html").isNotEqualTo(page);
	}

	@Test
	void whatAVisitorWithASessionGetsIsNotKept(@Autowired Environment environment) throws Exception {
		PortalClient editor = new PortalClient(Integer.parseInt(environment.getProperty("local.server.port")));
		// the sign-in form starts a session (its CSRF token)
		assertThat(editor.get("/admin/login").headers().allValues("Set-Cookie")).isNotEmpty();
		assertThat(editor.get(article).statusCode()).isEqualTo(200);

		statements.resetKeepingCache();
		http.get(article);
		assertThat(statements.count()).as("rendered again for a visitor without a session").isGreaterThan(1);
		statements.resetKeepingCache();
		http.get(article);
		assertThat(statements.count()).isEqualTo(1);
	}

	@Test
	void aLanguageSwitchAndAMissingPageAreNotKept() {
		// an article page reads its article whenever it is rendered (the places list
		// would
		// find its data in the cache)
		String switched = article + "?lang=en";
		assertThat(http.get(switched).headers().allValues("Set-Cookie")).isNotEmpty();
		assertThat(http.get("/articles/999999999").statusCode()).isEqualTo(404);
		for (String path : new String[] { switched, "/articles/999999999" }) {
			statements.resetKeepingCache();
			http.get(path);
			assertThat(statements.count()).as(path).isGreaterThan(1);
		}
	}

	@Test
	void downloadsAreStreamedNotKept() {
		for (String path : new String[] { "/open-data/places.json", "/metrics.csv", "/sitemaps/places.xml" }) {
			assertThat(http.get(path).statusCode()).isEqualTo(200);
			statements.resetKeepingCache();
			assertThat(http.get(path).statusCode()).isEqualTo(200);
			assertThat(statements.count()).as(path).isGreaterThan(1);
		}
	}

	/** The headers but the date, which is the time of sending. */
	private static Map<String, Object> headers(HttpResponse<String> response) {
		Map<String, Object> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		return headers;
	}

}
