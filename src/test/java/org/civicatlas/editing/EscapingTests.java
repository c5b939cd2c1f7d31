package org.civicatlas.editing;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.civicatlas.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * Script typed into every text field of the article and program forms stays text wherever
 * it is shown: escaped in HTML, JSON-escaped in the downloads. The test publishes its own
 * page, types the payloads into its article and program, and reads them back on the
 * public side.
 */
@EditingTest
@CleansUp
class EscapingTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

	private static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

	private static final String IMAGE_ESCAPED = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	@Autowired
	ObjectMapper json;

	EditorPages editor;

	long article;

	long program;

	@BeforeEach
	void publishPayloads() throws Exception {
		long page = editor.uploadPage("review-beihai.txt");
		List<Long> articles = editor.articles(page);
		article = articles.get(0);
		program = editor.programOf(article);
		decide(page, articles.get(0), "accept");
		decide(page, articles.get(1), "reject");
		editor.post("/admin/pages/" + page + "/publish", Map.of("version", editor.version("source_page", page)));

		assertThat(editor.post("/admin/articles/" + article, articleForm("330602004")).getResponse().getRedirectedUrl())
			.endsWith("/edit");
		assertThat(editor.post("/admin/programs/" + program, programForm()).getResponse().getRedirectedUrl())
			.endsWith("/edit");
	}

	@Test
	void theArticlesDownloadCarriesThePayloadsAsJsonStrings() {
		HttpResponse<String> download = http.get("/open-data/articles.json");
		assertThat(download.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		JsonNode found = find(json.readTree(download.body()).get("articles"), article);
		assertThat(found.get("headline").asString()).isEqualTo(SCRIPT);
		assertThat(found.get("subhead").asString()).isEqualTo(IMAGE);
		assertThat(found.get("bylines").get(0).asString()).isEqualTo(SCRIPT);
		assertThat(found.get("body").asString()).isEqualTo(SCRIPT + "\n\n" + IMAGE);
		assertThat(found.get("captions").get(1).asString()).isEqualTo(IMAGE);
		assertThat(found.get("programs").get(0).get("name").asString()).isEqualTo(SCRIPT);
		assertThat(download.body()).contains("\\\"><img").doesNotContain("\"\"><img");
	}

	@Test
	void theProgramsDownloadCarriesThePayloadsAsJsonStrings() {
		JsonNode found = find(json.readTree(http.get("/open-data/programs.json").body()).get("programs"), program);
		assertThat(found.get("name").asString()).isEqualTo(SCRIPT);
		assertThat(found.get("aliases").get(0).asString()).isEqualTo(IMAGE);
		assertThat(found.get("village").asString()).isEqualTo(IMAGE);
	}

	/** The public article and program pages show the payloads as text. */
	@Test
	void thePublicDetailPagesEscapeThePayloads() {
		long seed = jdbc.sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
		assertThat(http.get("/articles/" + seed).statusCode()).as("public article pages exist").isEqualTo(200);
		assertEscaped(http.get("/articles/" + article), true);
		assertEscaped(http.get("/programs/" + program), true);
	}

	/**
	 * Every public page that lists articles or programs, as far as they exist in this
	 * build.
	 */
	@Test
	void everyPublicListingThatShowsThePayloadsEscapesThem() {
		for (String path : List.of("/", "/articles", "/programs", "/places/330602004", "/places/330602",
				"/search?q=alert", "/feed.atom")) {
			HttpResponse<String> page = http.get(path);
			if (page.statusCode() == 200) {
				assertEscaped(page, false);
			}
		}
	}

	@Test
	void theEditingPagesEscapeThePayloads() throws Exception {
		assertEscaped(body(editor.get("/admin/articles/{id}/edit", article)), true);
		assertEscaped(body(editor.get("/admin/articles?q=alert")), true);
		assertEscaped(body(editor.get("/admin/programs/{id}/edit", program)), true);
		assertEscaped(body(editor.get("/admin/programs?q=alert")), true);
		String refused = body(editor.post("/admin/articles/" + article, articleForm(SCRIPT + " " + IMAGE)));
		assertThat(refused).contains("没有代码为 " + SCRIPT_ESCAPED);
		assertEscaped(refused, true);
	}

	private void assertEscaped(HttpResponse<String> page, boolean shown) {
		assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
		assertEscaped(page.body(), shown);
	}

	private static void assertEscaped(String html, boolean shown) {
		assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img src=x");
		if (shown) {
			assertThat(html).contains(SCRIPT_ESCAPED);
		}
	}

	private Map<String, Object> articleForm(String townships) {
		Map<String, Object> form = new HashMap<>();
		form.put("headline", SCRIPT);
		form.put("headlineEn", "");
		form.put("subhead", IMAGE);
		form.put("bylines", SCRIPT);
		form.put("body", SCRIPT + "\n\n" + IMAGE);
		form.put("captions", SCRIPT + "\n" + IMAGE);
		form.put("cityCode", "3306");
		form.put("districtCode", "330602");
		form.put("townships", townships);
		form.put("programIds", List.of(program));
		form.put("status", "PUBLISHED");
		form.put("version", editor.version("article", article));
		return form;
	}

	private Map<String, Object> programForm() {
		Map<String, Object> form = new HashMap<>();
		form.put("name", SCRIPT);
		form.put("nameEn", "");
		form.put("aliases", IMAGE);
		form.put("description", SCRIPT + IMAGE);
		form.put("villageName", IMAGE);
		form.put("primarySubtype", "grassroots_governance");
		form.put("cityCode", "3306");
		form.put("districtCode", "330602");
		form.put("townshipCode", "330602004");
		form.put("_secondarySubtypes", "on");
		form.put("status", "PUBLISHED");
		form.put("version", editor.version("program", program));
		return form;
	}

	private void decide(long page, long draft, String decision) throws Exception {
		editor.post("/admin/pages/" + page + "/articles/" + draft + "/" + decision,
				Map.of("version", editor.version("article", draft)));
	}

	private static JsonNode find(JsonNode items, long id) {
		for (JsonNode item : items) {
			if (item.get("id").asLong() == id) {
				return item;
			}
		}
		throw new AssertionError("No " + id);
	}

}
