package org.civicatlas.ingest.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.civicatlas.support.Http;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * The review of an uploaded page, from upload to publication: drafts stay off every
 * public page and download until the editor accepts them and publishes the page.
 */
@EditingTest
@CleansUp
class PageReviewTests {

	private static final String PAGE = "review-beihai.txt";

	private static final String FIRST_HEADLINE = "睦邻议事厅 议出幸福新北海";

	private static final String SECOND_HEADLINE = "银龄食堂 暖胃更暖心";

	private static final String NEW_PROGRAM = "睦邻议事厅";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	Http http;

	@Autowired
	ObjectMapper json;

	EditorPages editor;

	@Test
	void thePageShowsItsNumberedLinesBesideItsDraftsInAFixedNumberOfStatements() throws Exception {
		long id = editor.uploadPage(PAGE);
		List<Long> articles = editor.articles(id);
		statements.reset();
		String page = body(editor.get("/admin/pages/{id}", id));
		// page with its line places, articles, figures, and the page's repair history
		assertThat(statements.count()).isLessThanOrEqualTo(4);
		assertThat(page).contains(FIRST_HEADLINE, SECOND_HEADLINE, NEW_PROGRAM, "待审核", "新项目", "7 条数据")
			.containsPattern(
					"id=\"line-1\" class=\"table-info\">\\s*<th scope=\"row\"[^>]*>1</th>\\s*<td[^>]*><span[^>]*>A1</span>")
			.containsPattern(
					"id=\"line-13\" class=\"table-info\">\\s*<th scope=\"row\"[^>]*>13</th>\\s*<td[^>]*><span[^>]*>A2</span>")
			.contains("href=\"/admin/articles/" + articles.get(0) + "/edit\"")
			.contains("/admin/pages/" + id + "/articles/" + articles.get(1) + "/accept")
			.contains("href=\"#line-11\"");
	}

	@Test
	void draftsAreInNoDownloadAndOnNoPublicPage() throws Exception {
		long id = editor.uploadPage(PAGE);
		List<Long> articles = editor.articles(id);
		long program = draftProgram(id);
		assertThat(ids("/open-data/articles.json", "articles")).doesNotContainAnyElementsOf(articles);
		assertThat(ids("/open-data/programs.json", "programs")).doesNotContain(program);
		assertThat(ids("/open-data/metrics.json", "metrics")).doesNotContainAnyElementsOf(figuresOfPage(id));
		assertThat(http.get("/open-data/articles.json").body()).doesNotContain(FIRST_HEADLINE);
		assertThat(http.get("/open-data/metrics.csv").body()).doesNotContain("召开议事会议");
		assertThat(http.get("/articles/" + articles.get(0)).statusCode()).isEqualTo(404);
		assertThat(http.get("/programs/" + program).statusCode()).isEqualTo(404);
	}

	@Test
	void theRoundTripMakesTheAcceptedArticlesPublicAndOnlyThem() throws Exception {
		long id = editor.uploadPage(PAGE);
		List<Long> articles = editor.articles(id);
		long program = draftProgram(id);
		decide(id, articles.get(0), "accept");
		decide(id, articles.get(1), "reject");
		assertThat(ids("/open-data/articles.json", "articles")).doesNotContainAnyElementsOf(articles);

		MvcResult published = editor.post("/admin/pages/" + id + "/publish",
				Map.of("version", editor.version("source_page", id)));
		assertThat(body(editor.follow(published))).contains("版面已发布：1 篇文章、1 个新项目已公开。");

		JsonNode article = find(http.get("/open-data/articles.json").body(), "articles", articles.get(0));
		assertThat(article.get("headline").asString()).isEqualTo(FIRST_HEADLINE);
		assertThat(article.get("bylines").toString()).isEqualTo("[\"陈立\",\"周敏\"]");
		assertThat(article.get("source").get("file").asString()).isEqualTo(PAGE);
		assertThat(article.get("source").get("lines").toString()).isEqualTo("[1,3,5,7,11]");
		assertThat(article.get("district").asString()).isEqualTo("越城区");
		assertThat(article.get("townships").toString()).isEqualTo("[\"北海街道\"]");
		assertThat(article.get("programs").get(0).get("name").asString()).isEqualTo(NEW_PROGRAM);
		assertThat(ids("/open-data/articles.json", "articles")).doesNotContain(articles.get(1));
		JsonNode newProgram = find(http.get("/open-data/programs.json").body(), "programs", program);
		assertThat(newProgram.get("articleIds").toString()).isEqualTo("[" + articles.get(0) + "]");
		List<Long> publicFigures = ids("/open-data/metrics.json", "metrics");
		assertThat(publicFigures).containsAll(figuresOfArticle(articles.get(0)))
			.doesNotContainAnyElementsOf(figuresOfArticle(articles.get(1)));
		assertThat(status("source_page", id)).isEqualTo("PUBLISHED");
		assertThat(status("article", articles.get(1))).isEqualTo("HIDDEN");
	}

	/**
	 * Accepted articles appear at their public address, not before the page is published.
	 */
	@Test
	void anAcceptedArticleIsShownAtItsPublicAddressOnceThePageIsPublished() throws Exception {
		long seed = jdbc.sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
		assertThat(http.get("/articles/" + seed).statusCode()).as("public article pages exist").isEqualTo(200);
		long id = editor.uploadPage(PAGE);
		List<Long> articles = editor.articles(id);
		assertThat(http.get("/articles/" + articles.get(0)).statusCode()).isEqualTo(404);
		decide(id, articles.get(0), "accept");
		decide(id, articles.get(1), "reject");
		editor.post("/admin/pages/" + id + "/publish", Map.of("version", editor.version("source_page", id)));
		assertThat(http.get("/articles/" + articles.get(0)).body()).contains("睦邻议事厅").contains("陈立");
		assertThat(http.get("/articles/" + articles.get(1)).statusCode()).isEqualTo(404);
	}

	@Test
	void publishingWaitsUntilEveryArticleIsDecided() throws Exception {
		long id = editor.uploadPage(PAGE);
		List<Long> articles = editor.articles(id);
		assertThat(publish(id)).contains("还有 2 篇文章没有决定");
		decide(id, articles.get(0), "accept");
		assertThat(publish(id)).contains("还有 1 篇文章没有决定");
		decide(id, articles.get(0), "reject");
		decide(id, articles.get(1), "reject");
		assertThat(publish(id)).contains("没有通过的文章，无法发布");
		assertThat(status("source_page", id)).isEqualTo("REVIEW");
	}

	@Test
	void aRejectedArticleCanBeAcceptedAgainBeforeThePageIsDecided() throws Exception {
		long id = editor.uploadPage(PAGE);
		long article = editor.articles(id).get(0);
		decide(id, article, "reject");
		assertThat(status("article", article)).isEqualTo("HIDDEN");
		String page = body(decide(id, article, "accept"));
		assertThat(status("article", article)).isEqualTo("DRAFT");
		assertThat(page).contains("文章已通过。").contains("已通过");
	}

	@Test
	void rejectingThePageDeletesItsDraftsAfterAConfirmation() throws Exception {
		long id = editor.uploadPage(PAGE);
		assertThat(body(editor.get("/admin/pages/{id}/reject", id))).contains("它的 2 篇草稿文章");
		MvcResult rejected = editor.post("/admin/pages/" + id + "/reject",
				Map.of("version", editor.version("source_page", id)));
		assertThat(body(editor.follow(rejected))).contains("版面已退回，它的草稿已删除。").contains("已退回");
		Map<String, Long> after = editor.counts();
		assertThat(after.get("source_page")).isEqualTo(editor.countsAtStart().get("source_page") + 1);
		after.remove("source_page");
		assertThat(after)
			.allSatisfy((table, count) -> assertThat(count).as(table).isEqualTo(editor.countsAtStart().get(table)));
		assertThat(status("source_page", id)).isEqualTo("REJECTED");
	}

	@Test
	void aDecisionOnAPageAlreadyDecidedIsRefused() throws Exception {
		long id = editor.uploadPage(PAGE);
		long article = editor.articles(id).get(0);
		long version = editor.version("article", article);
		editor.post("/admin/pages/" + id + "/reject", Map.of("version", editor.version("source_page", id)));
		MvcResult late = editor.post("/admin/pages/" + id + "/publish",
				Map.of("version", editor.version("source_page", id)));
		assertThat(body(editor.follow(late))).contains("这个版面已经审核完毕。");
		assertThat(editor.post("/admin/pages/" + id + "/articles/" + article + "/accept", Map.of("version", version))
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aDecisionOnAStaleVersionIsRefused() throws Exception {
		long id = editor.uploadPage(PAGE);
		long article = editor.articles(id).get(0);
		MvcResult stale = editor.post("/admin/pages/" + id + "/articles/" + article + "/accept",
				Map.of("version", editor.version("article", article) + 1));
		assertThat(body(editor.follow(stale))).contains("页面内容已被别人修改");
		assertThat(jdbc.sql("select count(*) from article_review where article_id = :id")
			.param("id", article)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void unknownPagesAndArticlesOfAnotherPageAreNotFound() throws Exception {
		long id = editor.uploadPage(PAGE);
		long seedArticle = jdbc.sql("select min(id) from article").query(Long.class).single();
		assertThat(editor.get("/admin/pages/999999").getResponse().getStatus()).isEqualTo(404);
		assertThat(editor.post("/admin/pages/" + id + "/articles/" + seedArticle + "/reject", Map.of("version", 0))
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(status("article", seedArticle)).isEqualTo("PUBLISHED");
	}

	@Test
	void thePageReadsInEnglish() throws Exception {
		long id = editor.uploadPage(PAGE);
		assertThat(body(editor.getInEnglish("/admin/pages/{id}", id))).contains("The page, line by line", "Undecided",
				"Publish the accepted articles", "<html lang=\"en\"");
	}

	private MvcResult decide(long page, long article, String decision) throws Exception {
		return editor.follow(editor.post("/admin/pages/" + page + "/articles/" + article + "/" + decision,
				Map.of("version", editor.version("article", article))));
	}

	private String publish(long page) throws Exception {
		return body(editor.follow(editor.post("/admin/pages/" + page + "/publish",
				Map.of("version", editor.version("source_page", page)))));
	}

	private long draftProgram(long page) {
		return jdbc.sql("""
				select p.id from program p join article_program ap on ap.program_id = p.id
				  join article a on a.id = ap.article_id where a.source_page_id = :page and p.status = 'DRAFT'""")
			.param("page", page)
			.query(Long.class)
			.single();
	}

	private List<Long> figuresOfPage(long page) {
		return jdbc
			.sql("select m.id from metric m join article a on a.id = m.article_id where a.source_page_id = :page")
			.param("page", page)
			.query(Long.class)
			.list();
	}

	private List<Long> figuresOfArticle(long article) {
		return jdbc.sql("select id from metric where article_id = :article")
			.param("article", article)
			.query(Long.class)
			.list();
	}

	private String status(String table, long id) {
		return jdbc.sql("select status from " + table + " where id = :id").param("id", id).query(String.class).single();
	}

	private List<Long> ids(String download, String list) {
		List<Long> ids = new ArrayList<>();
		json.readTree(http.get(download).body()).get(list).forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

	private JsonNode find(String download, String list, long id) {
		for (JsonNode item : json.readTree(download).get(list)) {
			if (item.get("id").asLong() == id) {
				return item;
			}
		}
		throw new AssertionError("No " + id + " in " + list);
	}

}
