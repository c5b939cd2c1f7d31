package org.civicatlas.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.civicatlas.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages keep their counts until the data changes (docs/performance.md): after
 * an edit, a merge and a publish, every page that counts what changed shows the new count
 * at the next request. Each test reads the pages first, so that they are cached, then
 * writes as an editor does. The pages themselves are kept as rendered
 * ({@code system.RenderedPages}): the program and article pages read before a write show
 * it at the next request too.
 */
@EditingTest
@CleansUp
class PublicCountsFreshnessTests {

	private static final String YUECHENG = "330602";

	private static final String BEIHAI = "330602004";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	EditorPages editor;

	@Test
	void aNewProgramAndAMergeShowAtOnceWhereProgramsAreCounted() throws Exception {
		Counts before = Counts.read(http);
		assertThat(before).isEqualTo(Counts.truth(jdbc));
		long first = create("测试项目 缓存甲");
		assertThat(Counts.read(http)).isEqualTo(before.plusPrograms(1));
		long second = create("测试项目 缓存乙");
		assertThat(Counts.read(http)).isEqualTo(before.plusPrograms(2));
		assertThat(http.get("/programs/" + second).body()).contains("测试项目 缓存乙");

		MvcResult merged = editor.post("/admin/programs/" + second + "/merge",
				Map.of("targetId", first, "version", editor.version("program", second)));
		assertThat(merged.getResponse().getRedirectedUrl()).isEqualTo("/admin/programs/" + first + "/edit");
		assertThat(Counts.read(http)).isEqualTo(before.plusPrograms(1));
		assertThat(http.get("/programs/" + second).statusCode()).isEqualTo(301);
	}

	@Test
	void anEditThatMovesAProgramShowsAtOnceInBothPlaces() throws Exception {
		long id = create("测试项目 搬家");
		String keqiao = "330603";
		String township = jdbc.sql("select min(code) from township where district_code = :d")
			.param("d", keqiao)
			.query(String.class)
			.single();
		int yuecheng = finderTotal(YUECHENG);
		int there = finderTotal(keqiao);
		int[] rowYuecheng = placesRow(YUECHENG);
		assertThat(http.get("/programs/" + id).body()).contains("越城区").doesNotContain("柯桥区");

		Map<String, Object> form = EditorPages.newProgram("测试项目 搬家", keqiao, township);
		form.put("version", editor.version("program", id));
		MvcResult saved = editor.post("/admin/programs/" + id, form);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/programs/" + id + "/edit");

		assertThat(finderTotal(YUECHENG)).isEqualTo(yuecheng - 1);
		assertThat(finderTotal(keqiao)).isEqualTo(there + 1);
		assertThat(placesRow(YUECHENG)[0]).isEqualTo(rowYuecheng[0] - 1);
		assertThat(http.get("/places/" + township).body()).contains("测试项目 搬家");
		assertThat(http.get("/programs/" + id).body()).contains("柯桥区").doesNotContain("越城区");
	}

	@Test
	void aPublishedPageShowsAtOnceOnEveryPageThatCountsArticlesFiguresAndPrograms() throws Exception {
		long page = editor.uploadPage("review-beihai.txt");
		List<Long> articles = editor.articles(page);
		String headline = jdbc.sql("select headline from article where id = :id")
			.param("id", articles.get(0))
			.query(String.class)
			.single();
		String search = "/search?q=" + URLEncoder.encode(headline.substring(0, 5), StandardCharsets.UTF_8);
		Counts before = Counts.read(http);
		assertThat(before).isEqualTo(Counts.truth(jdbc));
		int[] row = placesRow(YUECHENG);
		assertThat(http.get(search).body()).doesNotContain("/articles/" + articles.get(0) + "\"");
		assertThat(http.get("/places/" + BEIHAI).body()).doesNotContain(headline);
		String shown = "/articles/" + articles.get(0);
		assertThat(http.get(shown).statusCode()).isEqualTo(404);
		assertThat(http.get("/").body()).doesNotContain(headline);

		decide(page, articles.get(0), "accept");
		for (long other : articles.subList(1, articles.size())) {
			decide(page, other, "reject");
		}
		editor.follow(editor.post("/admin/pages/" + page + "/publish",
				Map.of("version", editor.version("source_page", page))));

		Counts after = Counts.read(http);
		assertThat(after).isEqualTo(Counts.truth(jdbc));
		assertThat(after.homeArticles()).isEqualTo(before.homeArticles() + 1);
		assertThat(after.homeFigures()).isGreaterThan(before.homeFigures());
		int programs = after.homePrograms() - before.homePrograms();
		assertThat(programs).isPositive();
		assertThat(placesRow(YUECHENG)).containsExactly(row[0] + programs, row[1] + 1);
		assertThat(http.get("/places/" + BEIHAI).body()).contains(headline);
		assertThat(http.get(search).body()).contains("/articles/" + articles.get(0) + "\"");
		assertThat(http.get(shown).body()).contains(headline);
		assertThat(http.get(shown + "/source").body()).contains(headline);
		assertThat(http.get("/").body()).contains(headline);

		// the pages just read are kept as rendered; a later edit shows on them at once
		jdbc.sql("update article set headline = :headline where id = :id")
			.param("headline", headline + " 改")
			.param("id", articles.get(0))
			.update();
		for (String path : List.of(shown, shown + "/source", "/")) {
			assertThat(http.get(path).body()).as(path).contains(headline + " 改");
		}
	}

	/** The counts the home page, the finder, the lists and the open-data page show. */
	record Counts(int homeArticles, int homePrograms, int homeFigures, int finderPrograms, int articleList,
			int figureList, int openDataArticles) {

		static Counts read(Http http) {
			String home = http.get("/").body();
			String openData = http.get("/open-data").body();
			return new Counts(number(home, "id=\"count-articles\"[^>]*>(\\d+)<"),
					number(home, "id=\"count-programs\"[^>]*>(\\d+)<"),
					number(home, "id=\"count-figures\"[^>]*>(\\d+)<"),
					number(http.get("/programs").body(), "data-total=\"(\\d+)\""),
					number(http.get("/articles").body(), "id=\"article-count\"[^>]*>\\D*(\\d+)"),
					number(http.get("/metrics").body(), "id=\"metric-count\"[^>]*>\\D*(\\d+)"),
					number(openData, "id=\"file-articles-json\">(?s:.*?)<td class=\"text-end\">\\s*<span>\\D*(\\d+)"));
		}

		/** What the pages should show: the counts straight from the tables. */
		static Counts truth(JdbcClient jdbc) {
			int articles = jdbc.sql("select count(*) from article where status = 'PUBLISHED'")
				.query(Integer.class)
				.single();
			int programs = jdbc.sql("select count(*) from program where status = 'PUBLISHED' and merged_into is null")
				.query(Integer.class)
				.single();
			int figures = jdbc
				.sql("select count(*) from metric m join article a on a.id = m.article_id where a.status = 'PUBLISHED'")
				.query(Integer.class)
				.single();
			return new Counts(articles, programs, figures, programs, articles, figures, articles);
		}

		Counts plusPrograms(int n) {
			return new Counts(homeArticles, homePrograms + n, homeFigures, finderPrograms + n, articleList, figureList,
					openDataArticles);
		}

	}

	private int finderTotal(String place) {
		return number(http.get("/programs?place=" + place).body(), "data-total=\"(\\d+)\"");
	}

	/** The programs and articles of a district in the table of /places. */
	private int[] placesRow(String district) {
		Matcher row = Pattern
			.compile("href=\"/places/" + district
					+ "\">[^<]*</a></th>\\s*<td class=\"text-end\">(\\d+)</td>\\s*<td class=\"text-end\">(\\d+)</td>")
			.matcher(http.get("/places").body());
		assertThat(row.find()).as("row of " + district).isTrue();
		return new int[] { Integer.parseInt(row.group(1)), Integer.parseInt(row.group(2)) };
	}

	private static int number(String body, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(body);
		assertThat(matcher.find()).as(regex).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private long create(String name) throws Exception {
		MvcResult created = editor.post("/admin/programs", EditorPages.newProgram(name, YUECHENG, BEIHAI));
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/programs/\\d+/edit");
		return Long.parseLong(location.replaceAll("\\D", ""));
	}

	private void decide(long page, long article, String decision) throws Exception {
		editor.follow(editor.post("/admin/pages/" + page + "/articles/" + article + "/" + decision,
				Map.of("version", editor.version("article", article))));
	}

}
