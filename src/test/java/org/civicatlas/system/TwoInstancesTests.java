package org.civicatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.civicatlas.CivicAtlasApplication;
import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one PostgreSQL: the test's own and a second one started
 * here on the same database (docs/deployment.md). A change an editor makes on the first
 * is on the second's pages at its next request, although the second had them cached.
 */
@EditingTest
@CleansUp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	private static final Pattern PROGRAMS = Pattern.compile("id=\"count-programs\"[^>]*>(\\d+)<");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	EmbeddedPostgresServer server;

	private final HttpClient client = HttpClient.newHttpClient();

	private ConfigurableApplicationContext second;

	private EditorPages editor;

	@BeforeAll
	void startSecondInstance() throws Exception {
		String url;
		String user;
		try (Connection connection = dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
			user = connection.getMetaData().getUserName();
		}
		second = new SpringApplicationBuilder(CivicAtlasApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + server.password(), "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--atlas.admin.user=", "--atlas.admin.password=");
	}

	@AfterAll
	void stopSecondInstance() {
		second.close();
	}

	@Test
	void theSecondInstanceUsesTheSameDatabase() {
		assertThat(second.getBean(JdbcClient.class).sql("select version from data_version").query(Long.class).single())
			.isEqualTo(jdbc.sql("select version from data_version").query(Long.class).single());
	}

	@Test
	void anEditOnOneInstanceShowsOnTheOtherAtOnce() throws Exception {
		int before = programsOnSecond();
		String etag = secondGet("/").headers().firstValue("ETag").orElseThrow();
		assertThat(programsOnSecond()).as("cached").isEqualTo(before);

		Map<String, Object> form = new HashMap<>();
		form.put("name", "测试项目 两台服务器");
		form.put("primarySubtype", "grassroots_governance");
		form.put("cityCode", "3306");
		form.put("districtCode", "330602");
		form.put("status", "PUBLISHED");
		MvcResult created = editor.post("/admin/programs", form);
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/programs/\\d+/edit");

		HttpResponse<String> after = secondGet("/");
		assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
		assertThat(programsOnSecond()).isEqualTo(before + 1);
		assertThat(secondGet(location.replace("/admin", "").replace("/edit", "")).body()).contains("测试项目 两台服务器");
	}

	private int programsOnSecond() throws Exception {
		Matcher matcher = PROGRAMS.matcher(secondGet("/").body());
		assertThat(matcher.find()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private HttpResponse<String> secondGet(String path) throws Exception {
		String port = second.getEnvironment().getProperty("local.server.port");
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "zh-CN")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
