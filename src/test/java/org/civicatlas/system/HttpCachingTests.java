package org.civicatlas.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files under content-hashed URLs with a year's immutable caching; public pages
 * and downloads answer a conditional GET with 304 until the data changes; the admin side
 * is never stored.
 */
@PortalTest
class HttpCachingTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/atlas-[0-9a-f]{32}\\.css)\"");

	private static final Pattern BOOTSTRAP = Pattern
		.compile("src=\"(/webjars/bootstrap/[^\"]*/bootstrap\\.bundle\\.min-[0-9a-f]{32}\\.js)\"");

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void staticFilesAreLinkedByContentHashAndCachedForAYear() {
		String page = http.get("/").body();
		for (Pattern link : new Pattern[] { STYLESHEET, BOOTSTRAP }) {
			Matcher matcher = link.matcher(page);
			assertThat(matcher.find()).as(link.pattern()).isTrue();
			HttpResponse<String> file = http.get(matcher.group(1));
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control"))
				.hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "public", "immutable")
					.doesNotContain("no-store"));
		}
		// only static links are rewritten: page links stay as written
		assertThat(page).contains("href=\"/programs\"", "href=\"/places\"");
	}

	@Test
	void onlyOneFilterRewritesLinks(@Autowired ApplicationContext context) {
		List<Object> rewriters = new ArrayList<>(context.getBeansOfType(ResourceUrlEncodingFilter.class).values());
		context.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.stream()
			.map(FilterRegistrationBean::getFilter)
			.filter(ResourceUrlEncodingFilter.class::isInstance)
			.forEach(rewriters::add);
		assertThat(rewriters).singleElement().isInstanceOf(StaticLinkEncodingFilter.class);
	}

	@Test
	void aPublicPageAnswers304UntilTheDataChanges() {
		HttpResponse<String> first = http.get("/programs");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

		statements.reset();
		HttpResponse<String> again = conditional("/programs", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(statements.count()).as("only the data version is read").isEqualTo(1);
		assertThat(conditional("/open-data/articles.json",
				http.get("/open-data/articles.json").headers().firstValue("ETag").orElseThrow())
			.statusCode()).isEqualTo(304);

		long id = jdbc.sql("select min(id) from program where status = 'PUBLISHED'").query(Long.class).single();
		String name = jdbc.sql("select name from program where id = :id").param("id", id).query(String.class).single();
		try {
			jdbc.sql("update program set name = :name where id = :id")
				.param("name", name + " 改")
				.param("id", id)
				.update();
			HttpResponse<String> changed = conditional("/programs", etag);
			assertThat(changed.statusCode()).isEqualTo(200);
			assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
		}
		finally {
			jdbc.sql("update program set name = :name where id = :id").param("name", name).param("id", id).update();
		}
	}

	@Test
	void theLanguageIsPartOfTheTag() {
		String chinese = http.get("/places").headers().firstValue("ETag").orElseThrow();
		String english = http.get("/places", "en").headers().firstValue("ETag").orElseThrow();
		assertThat(english).isNotEqualTo(chinese);
	}

	@Test
	void theAdminSideIsNeverStored() {
		HttpResponse<String> signIn = http.get("/admin/login");
		assertThat(signIn.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		assertThat(signIn.headers().firstValue("ETag")).isEmpty();
	}

	private HttpResponse<String> conditional(String path, String etag) {
		// the same language as Http.get, which is part of the tag
		return http.send(HttpRequest.newBuilder(http.uri(path))
			.header("Accept-Language", "zh-CN,zh;q=0.9")
			.header("If-None-Match", etag)
			.build());
	}

}
