package org.civicatlas.metric.admin;

import java.util.Arrays;
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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/** The figure form and list, on the figures of the test's own uploaded page. */
@EditingTest
@CleansUp
class MetricAdminTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	EditorPages editor;

	List<Long> articles;

	/** 收集居民意见建议430余条, on line 7 of the page. */
	long figure;

	@BeforeEach
	void upload() throws Exception {
		articles = editor.articles(editor.uploadPage("review-beihai.txt"));
		figure = jdbc.sql("select id from metric where article_id = :a and value = 430")
			.param("a", articles.get(0))
			.query(Long.class)
			.single();
	}

	@Test
	void theFormSaysWhereTheQuoteStandsInAFixedNumberOfStatements() throws Exception {
		statements.reset();
		String form = body(editor.get("/admin/metrics/{id}/edit", figure));
		assertThat(statements.count()).isLessThanOrEqualTo(2);
		assertThat(form).contains("原文在版面第 7 行找到。", "value=\"430\"", "value=\"收集居民意见建议\"",
				"<option value=\"more_than\" selected=\"selected\">余、多</option>", "睦邻议事厅 议出幸福新北海");
	}

	@Test
	void aQuoteFoundInThePageWithOtherSpacingIsVerified() throws Exception {
		Map<String, Object> form = form();
		form.put("quote", "收集居民意见建议 430余条,\n  办结率达95%");
		MvcResult saved = editor.post("/admin/metrics/" + figure, form);
		assertThat(body(editor.follow(saved))).contains("已保存，原文在版面第 7 行找到。");
		assertThat(quoteState()).isEqualTo("t|7|收集居民意见建议 430余条,\n  办结率达95%");
	}

	@Test
	void aQuoteNotInThePageIsSavedAsEnteredByAnEditor() throws Exception {
		Map<String, Object> form = form();
		form.put("quote", "收集居民意见建议500余条");
		MvcResult saved = editor.post("/admin/metrics/" + figure, form);
		String page = body(editor.follow(saved));
		assertThat(page).contains("已保存，但版面原文中找不到这段原文，数据标记为“编辑录入”。", "版面原文中找不到这段原文：这条数据标记为“编辑录入”。");
		assertThat(quoteState()).isEqualTo("f||收集居民意见建议500余条");
		assertThat(body(editor.getInEnglish("/admin/metrics/{id}/edit", figure)))
			.contains("the figure is marked as entered by an editor");
	}

	/**
	 * Once a figure has no line (its quote was not found), saving it again still works,
	 * both ways.
	 */
	@Test
	void aFigureWithoutALineCanBeSavedAgain() throws Exception {
		Map<String, Object> form = form();
		form.put("quote", "收集居民意见建议500余条");
		editor.post("/admin/metrics/" + figure, form);
		assertThat(quoteState()).isEqualTo("f||收集居民意见建议500余条");
		form = form();
		form.put("quote", "收集居民意见建议600余条");
		assertThat(editor.post("/admin/metrics/" + figure, form).getResponse().getStatus()).isEqualTo(302);
		assertThat(quoteState()).isEqualTo("f||收集居民意见建议600余条");
		form = form();
		assertThat(editor.post("/admin/metrics/" + figure, form).getResponse().getStatus()).isEqualTo(302);
		assertThat(quoteState()).startsWith("t|7|");
	}

	/**
	 * Re-saving any seeded figure unchanged keeps it verified and on the line the
	 * importer recorded.
	 */
	@Test
	void everySeedQuoteIsFoundAroundItsRecordedLine() {
		record Seeded(long id, String page, List<Integer> lines, String quote, Integer line) {
		}
		List<Seeded> seeded = jdbc.sql("""
				select m.id, p.raw_text, a.source_lines, m.quote, m.source_line
				  from metric m join article a on a.id = m.article_id join source_page p on p.id = a.source_page_id
				 where p.status = 'SEED'""")
			.query((rs, n) -> new Seeded(rs.getLong(1), rs.getString(2),
					Arrays.stream((Integer[]) rs.getArray(3).getArray()).toList(), rs.getString(4),
					rs.getObject(5, Integer.class)))
			.list();
		assertThat(seeded).hasSizeGreaterThan(200)
			.allSatisfy(metric -> assertThat(QuoteCheck.find(metric.page(), metric.lines(), metric.quote()).lines())
				.as("figure %d", metric.id())
				.contains(metric.line()));
	}

	@Test
	void aNewFigureIsCheckedAndAddedAfterTheOthers() throws Exception {
		long second = articles.get(1);
		assertThat(body(editor.get("/admin/metrics/new?article={id}", second))).contains("银龄食堂 暖胃更暖心");
		Map<String, Object> form = form();
		form.put("articleId", second);
		form.put("programId", "");
		form.put("label", "累计送餐");
		form.put("value", "12000");
		form.put("unit", "份");
		form.put("approx", "");
		form.put("quote", "累计送餐1.2万份");
		form.remove("version");
		int last = jdbc.sql("select coalesce(max(position), -1) from metric where article_id = :a")
			.param("a", second)
			.query(Integer.class)
			.single();
		MvcResult created = editor.post("/admin/metrics", form);
		assertThat(created.getResponse().getRedirectedUrl()).matches("/admin/metrics/\\d+/edit");
		assertThat(jdbc.sql("""
				select position || '|' || source_line || '|' || quote_verified from metric
				 where article_id = :a order by id desc limit 1""").param("a", second).query(String.class).single())
			.isEqualTo((last + 1) + "|19|true");
	}

	@Test
	void theFormsRulesAreFieldErrorsInChinese() throws Exception {
		Map<String, Object> form = form();
		form.put("label", "");
		form.put("unit", " ");
		form.put("quote", "");
		String page = body(editor.post("/admin/metrics/" + figure, form));
		assertThat(page).contains("请填写指标。", "请填写单位，例如 元、名、%。", "请填写原文。");
		form = form();
		form.put("value", "四百三十");
		assertThat(body(editor.post("/admin/metrics/" + figure, form))).contains("请输入数字，例如 12 或 3.5", "value=\"四百三十\"");
		form = form();
		form.put("valueMax", "400");
		form.put("category", "bogus");
		form.put("approx", "bogus");
		form.put("articleId", "999999");
		page = body(editor.post("/admin/metrics/" + figure, form));
		assertThat(page).contains("上限不能小于数值。", "没有这个类别。", "没有这个修饰。", "没有这个编号的报道。");
		form = form();
		form.put("value", "");
		form.put("valueMax", "1" + "0".repeat(22));
		assertThat(body(editor.post("/admin/metrics/" + figure, form))).contains("数字太大或小数位太多");
		assertThat(editor.version("metric", figure)).isZero();
	}

	@Test
	void theFormsRulesAreFieldErrorsInEnglish() throws Exception {
		Map<String, Object> form = form();
		form.put("label", "");
		form.put("value", "");
		form.put("valueMax", "12");
		form.put("programId", "999999");
		assertThat(body(editor.postInEnglish("/admin/metrics/" + figure, form))).contains("Enter the label.",
				"Enter the value too when there is an upper value.",
				"The chosen program does not exist or was merged.");
		assertThat(editor.version("metric", figure)).isZero();
	}

	@Test
	void aStaleSaveShowsTheConflictAndOverwritesNothing() throws Exception {
		Map<String, Object> theirs = form();
		theirs.put("value", "431");
		editor.post("/admin/metrics/" + figure, theirs);
		Map<String, Object> mine = form();
		mine.put("version", 0);
		mine.put("value", "432");
		String page = body(editor.post("/admin/metrics/" + figure, mine));
		assertThat(page).contains("id=\"conflict\"")
			.containsPattern(
					"<th scope=\"row\">数值</th>\\s*<td[^>]*><span class=\"d-block\">431</span></td>\\s*<td[^>]*><span class=\"d-block\">432</span></td>");
		assertThat(jdbc.sql("select value::int from metric where id = :id")
			.param("id", figure)
			.query(Integer.class)
			.single()).isEqualTo(431);
	}

	@Test
	void theListFiltersInAFixedNumberOfStatements() throws Exception {
		statements.reset();
		String all = body(editor.get("/admin/metrics"));
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		assertThat(all).contains("共 " + jdbc.sql("select count(*) from metric").query(Long.class).single() + " 条");
		statements.reset();
		String ofArticle = body(editor.get("/admin/metrics?article={id}&category=percent", articles.get(0)));
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		assertThat(ofArticle).contains("共 1 条", "办结率");
		assertThat(editor.get("/admin/metrics?category=bogus").getResponse().getStatus()).isEqualTo(400);
		assertThat(editor.get("/admin/metrics?page=0").getResponse().getStatus()).isEqualTo(400);
		assertThat(editor.get("/admin/metrics/new?article=999999").getResponse().getStatus()).isEqualTo(404);
		assertThat(editor.get("/admin/metrics/new").getResponse().getStatus()).isEqualTo(400);
		assertThat(editor.get("/admin/metrics/999999/edit").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void deletingAsksFirst() throws Exception {
		assertThat(body(editor.get("/admin/metrics/{id}/delete", figure))).contains("删除这条数据？", "收集居民意见建议");
		MvcResult deleted = editor.post("/admin/metrics/" + figure + "/delete",
				Map.of("version", editor.version("metric", figure)));
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/admin/metrics?article=" + articles.get(0));
		assertThat(
				jdbc.sql("select count(*) from metric where id = :id").param("id", figure).query(Long.class).single())
			.isZero();
	}

	/** The figure's form as saved now. */
	private Map<String, Object> form() {
		Map<String, Object> form = new HashMap<>();
		form.put("articleId", articles.get(0));
		form.put("programId", "");
		form.put("label", "收集居民意见建议");
		form.put("value", "430");
		form.put("valueMax", "");
		form.put("unit", "条");
		form.put("approx", "more_than");
		form.put("category", "count");
		form.put("quote", "截至目前,各社区议事厅累计召开议事会议86场,收集居民意见建议430余条,办结率达95%。");
		form.put("version", editor.version("metric", figure));
		return form;
	}

	private String quoteState() {
		return jdbc
			.sql("""
					select case when quote_verified then 't' else 'f' end || '|' || coalesce(source_line::text, '') || '|' || quote
					  from metric where id = :id""")
			.param("id", figure)
			.query(String.class)
			.single();
	}

}
