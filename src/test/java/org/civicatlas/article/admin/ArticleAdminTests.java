package org.civicatlas.article.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The article form and list, on the draft articles of the test's own uploaded page. */
@EditingTest
@CleansUp
class ArticleAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	EditorPages editor;

	long page;

	long article;

	long program;

	@BeforeEach
	void upload() throws Exception {
		page = editor.uploadPage("review-beihai.txt");
		article = editor.articles(page).get(0);
		program = editor.programOf(article);
	}

	@Test
	void theFormShowsTheArticleInAFixedNumberOfStatements() throws Exception {
		statements.reset();
		String form = body(editor.get("/admin/articles/{id}/edit", article));
		assertThat(statements.count()).isLessThanOrEqualTo(5);
		assertThat(form)
			.contains("value=\"睦邻议事厅 议出幸福新北海\"", "value=\"陈立 周敏\"", "value=\"330602004\"",
					"<option value=\"330602\" selected=\"selected\">越城区</option>", "草稿：请在审核队列中通过并发布所在版面。",
					"<span>绍兴市 › 越城区 › 北海街道</span>", "<span>睦邻议事厅</span>")
			.containsPattern("name=\"programIds\" value=\"" + program + "\"[^>]*checked");
		// one merge base per form: each text field once carried a copy of it (a fragment
		// named like an element also selects the <input> elements of its template)
		assertThat(form.split("name=\"base\"", -1)).hasSize(2);
	}

	@Test
	void savingRevisesTheArticleAndRedirectsWithANotice() throws Exception {
		long version = editor.version("article", article);
		Map<String, Object> form = form();
		form.put("headline", "  睦邻议事厅 议出幸福  ");
		form.put("body", "第一段第一行\n第一段第二行\r\n\r\n\r\n第二段 with Latin\nwords");
		form.put("bylines", "陈立，周敏、王霞");
		form.put("townships", "");
		MvcResult saved = editor.post("/admin/articles/" + article, form);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + article + "/edit");
		assertThat(body(editor.follow(saved))).contains("已保存。");
		Map<String, Object> row = jdbc.sql("""
				select headline, body, array_to_string(bylines, '|') as bylines, version,
				       (select count(*) from article_township t where t.article_id = a.id) as townships
				  from article a where id = :id""").param("id", article).query().singleRow();
		assertThat(row).containsEntry("headline", "睦邻议事厅 议出幸福")
			.containsEntry("body", "第一段第一行第一段第二行\n\n第二段 with Latin words")
			.containsEntry("bylines", "陈立|周敏|王霞")
			.containsEntry("version", version + 1)
			.containsEntry("townships", 0L);
	}

	@Test
	void requiredAndTooLongFieldsAreFieldErrorsInChinese() throws Exception {
		Map<String, Object> form = form();
		form.put("headline", " ");
		form.put("body", "");
		form.put("subhead", "长".repeat(301));
		String page = body(editor.post("/admin/articles/" + article, form));
		assertThat(page).contains("请修改下列标出的内容", "请填写标题。", "请填写正文。", "太长了：最多 300 个字符。", "id=\"headline-error\"",
				"aria-describedby=\"headline-error\"");
		assertUnchanged();
	}

	@Test
	void requiredAndTooLongFieldsAreFieldErrorsInEnglish() throws Exception {
		Map<String, Object> form = form();
		form.put("headline", "");
		form.put("body", " ");
		form.put("subhead", "x".repeat(301));
		assertThat(body(editor.postInEnglish("/admin/articles/" + article, form))).contains("Enter a headline.",
				"Enter the body.", "Too long: at most 300 characters.", "Please correct the marked fields");
		assertUnchanged();
	}

	@Test
	void placesAreCheckedAgainstTheGazetteerAndEachOther() throws Exception {
		String zh = body(editor.post("/admin/articles/" + article, with("districtCode", "330603")));
		assertThat(zh).contains("北海街道不在柯桥区。");
		assertThat(body(editor.post("/admin/articles/" + article, with("townships", "330602004 330699999"))))
			.contains("没有代码为 330699999 的乡镇（街道）");
		assertThat(body(editor.post("/admin/articles/" + article, with("cityCode", "3301")))).contains("越城区不在所选的市。");
		Map<String, Object> noDistrict = with("districtCode", "");
		assertThat(body(editor.post("/admin/articles/" + article, noDistrict))).contains("请先选择北海街道所在的县（市、区）。");
		assertThat(body(editor.postInEnglish("/admin/articles/" + article, with("districtCode", "330603"))))
			.contains("北海街道 does not lie in 柯桥区.");
		assertUnchanged();
	}

	@Test
	void unknownProgramsAndMalformedValuesAreFieldErrors() throws Exception {
		assertThat(body(editor.post("/admin/articles/" + article, with("programIds", List.of(program, 999999)))))
			.contains("所选的项目不存在或已被合并。");
		assertThat(body(editor.post("/admin/articles/" + article, with("programIds", List.of("abc")))))
			.contains("格式不正确。");
		MvcResult malformed = editor.post("/admin/articles/" + article, with("version", "abc"));
		assertThat(malformed.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(malformed)).contains("请输入编号（整数）。", "value=\"abc\"");
		assertUnchanged();
	}

	@Test
	void aDraftIsPublishedFromTheReviewQueueOnly() throws Exception {
		assertThat(body(editor.post("/admin/articles/" + article, with("status", "PUBLISHED"))))
			.contains("草稿只能在审核队列中发布。");
		assertThat(
				jdbc.sql("select status from article where id = :id").param("id", article).query(String.class).single())
			.isEqualTo("DRAFT");
	}

	@Test
	void aStaleSaveShowsTheConflictAndOverwritesNothing() throws Exception {
		long opened = editor.version("article", article);
		Map<String, Object> theirs = form();
		theirs.put("headline", "别人改的标题");
		editor.post("/admin/articles/" + article, theirs);

		Map<String, Object> mine = form();
		mine.put("version", opened);
		mine.put("headline", "我改的标题");
		mine.put("subhead", "我加的副标题");
		MvcResult conflict = editor.post("/admin/articles/" + article, mine);
		assertThat(conflict.getResponse().getStatus()).isEqualTo(200);
		String page = body(conflict);
		assertThat(page).contains("id=\"conflict\"", "这条记录在您编辑期间已被别人保存", "基于当前版本保存我的修改")
			.containsPattern("<th scope=\"row\">标题</th>\\s*<td[^>]*><span class=\"d-block\">别人改的标题</span></td>\\s*"
					+ "<td[^>]*><span class=\"d-block\">我改的标题</span></td>")
			.contains("<th scope=\"row\">副标题</th>")
			.doesNotContain("<th scope=\"row\">正文</th>")
			.contains("value=\"我改的标题\"")
			.contains("name=\"version\" value=\"" + (opened + 1) + "\"");
		assertThat(headline()).isEqualTo("别人改的标题");

		mine.put("version", opened + 1);
		assertThat(editor.post("/admin/articles/" + article, mine).getResponse().getRedirectedUrl()).endsWith("/edit");
		assertThat(headline()).isEqualTo("我改的标题");
	}

	@Test
	void theListSearchesFiltersAndPagesInAFixedNumberOfStatements() throws Exception {
		statements.reset();
		String all = body(editor.get("/admin/articles"));
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		long total = jdbc.sql("select count(*) from article").query(Long.class).single();
		assertThat(all).contains("共 " + total + " 条", "第 1 页，共 " + (total + 24) / 25 + " 页", "睦邻议事厅 议出幸福新北海");
		statements.reset();
		String second = body(editor.get("/admin/articles?page=2"));
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		assertThat(second).contains("第 2 页", "rel=\"prev\"");
		String drafts = body(editor.get("/admin/articles?status=DRAFT"));
		assertThat(drafts).contains("共 2 条", "银龄食堂 暖胃更暖心");
		String found = body(editor.get("/admin/articles?q=银龄"));
		assertThat(found).contains("共 1 条", "/admin/articles/" + editor.articles(page).get(1) + "/edit");
	}

	@Test
	void badListParametersAreBadRequestsAndUnknownArticlesAreNotFound() throws Exception {
		assertThat(editor.get("/admin/articles?page=0").getResponse().getStatus()).isEqualTo(400);
		assertThat(editor.get("/admin/articles?status=NONE").getResponse().getStatus()).isEqualTo(400);
		assertThat(editor.get("/admin/articles/999999/edit").getResponse().getStatus()).isEqualTo(404);
		assertThat(editor.post("/admin/articles/999999", form()).getResponse().getStatus()).isEqualTo(404);
		assertThat(editor.get("/admin/articles/abc/edit").getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void deletingAsksFirstAndTakesTheFiguresAlong() throws Exception {
		assertThat(body(editor.get("/admin/articles/{id}/delete", article))).contains("删除这篇报道？", "它的 7 条数据会一起删除");
		long version = editor.version("article", article);
		MvcResult stale = editor.post("/admin/articles/" + article + "/delete", Map.of("version", version - 1));
		assertThat(body(editor.follow(stale))).contains("删除前这条记录已被别人修改");
		MvcResult deleted = editor.post("/admin/articles/" + article + "/delete", Map.of("version", version));
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles");
		assertThat(jdbc.sql("select count(*) from metric where article_id = :id")
			.param("id", article)
			.query(Long.class)
			.single()).isZero();
		assertThat(editor.get("/admin/articles/{id}/edit", article).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void onlyEditorsMayEditAndOnlyWithTheFormsToken() throws Exception {
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/articles")).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		assertThat(mvc
			.perform(MockMvcRequestBuilders.post("/admin/articles/" + article)
				.param("headline", "x")
				.with(user("ed").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertUnchanged();
	}

	/** The article's form as saved now. */
	private Map<String, Object> form() {
		Map<String, Object> form = new HashMap<>();
		form.put("headline", headline());
		form.put("headlineEn", "");
		form.put("subhead", "");
		form.put("bylines", "陈立 周敏");
		form.put("body",
				jdbc.sql("select body from article where id = :id").param("id", article).query(String.class).single());
		form.put("cityCode", "3306");
		form.put("districtCode", "330602");
		form.put("townships", "330602004");
		form.put("programIds", List.of(program));
		form.put("captions", "塔山社区居民议事代表正在讨论停车位划线方案。");
		form.put("status", "DRAFT");
		form.put("version", editor.version("article", article));
		return form;
	}

	private Map<String, Object> with(String field, Object value) {
		Map<String, Object> form = form();
		form.put(field, value);
		return form;
	}

	private String headline() {
		return jdbc.sql("select headline from article where id = :id")
			.param("id", article)
			.query(String.class)
			.single();
	}

	private void assertUnchanged() {
		assertThat(headline()).isEqualTo("睦邻议事厅 议出幸福新北海");
		assertThat(editor.version("article", article)).isZero();
	}

}
