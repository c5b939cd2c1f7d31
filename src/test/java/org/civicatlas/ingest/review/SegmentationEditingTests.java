package org.civicatlas.ingest.review;

import java.util.List;
import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * Repairing how a page was cut into drafts, over HTTP as an editor: a synthetic page
 * whose second article came out merged into the first ({@code 府山社区三方携手，专治“小区病”} reads as
 * body) and whose first article went missing (its headline has a colon after a phrase too
 * long for a headline's, so its lines belong to no draft).
 */
@EditingTest
@CleansUp
class SegmentationEditingTests {

	private static final String PAGE = "repair-merged.txt";

	private static final String MERGED = "睦邻议事厅 议出幸福新北海";

	private static final String SECOND = "府山社区三方携手，专治“小区病”";

	private static final String MISSING = "景宁大均山村共富：小水电点亮新生活";

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	long page;

	@BeforeEach
	void upload() throws Exception {
		page = editor.uploadPage(PAGE);
	}

	@Test
	void theUploadStoresEveryLineOnceAndListsTheUnassigned() throws Exception {
		assertThat(lines("UNASSIGNED")).containsExactly(1, 3, 5);
		assertThat(jdbc.sql("select line from page_line where source_page_id = :p order by line")
			.param("p", page)
			.query(Integer.class)
			.list()).containsExactly(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21);
		String review = body(editor.get("/admin/pages/{id}", page));
		assertThat(review).contains("有 3 行不属于任何文章", "href=\"#line-1\"", "href=\"#line-5\"", "舍弃这 3 行未归属的内容");
		assertThat(body(editor.get("/admin/pages"))).containsPattern("fw-bold\">3</td>");
	}

	@Test
	void splittingAtALineMakesTwoDraftsEachWithItsBylines() throws Exception {
		long merged = editor.articles(page).get(0);
		MvcResult done = post("/lines/split", Map.of("lines", List.of(15)));
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/admin/pages/" + page + "#lines");
		List<Long> drafts = editor.articles(page);
		assertThat(drafts).hasSize(2).startsWith(merged);
		assertThat(field(merged, "array_to_string(bylines, ',')")).isEqualTo("陈立,周敏");
		assertThat(field(drafts.get(1), "headline")).isEqualTo(SECOND);
		assertThat(field(drafts.get(1), "array_to_string(bylines, ',')")).isEqualTo("张强");
		assertThat(field(drafts.get(1), "array_to_string(source_lines, ',')")).isEqualTo("15,17,19,21");
		assertThat(field(merged, "body")).doesNotContain("物业");
		assertThat(steps()).containsExactly("SPLIT 15 (A1)");
		assertThat(body(editor.follow(done))).contains("在第 15 (A1) 行拆分草稿", SECOND);
	}

	@Test
	void aNewDraftOfUnassignedLinesAndAMovedLineAreMadeByThePipeline() throws Exception {
		post("/lines/draft", Map.of("lines", List.of(1, 3)));
		long created = editor.articles(page).get(1);
		assertThat(field(created, "headline")).isEqualTo(MISSING);
		assertThat(field(created, "body")).contains("全乡8个行政村").doesNotContain("每季度都公示");
		assertThat(count("metric where article_id = " + created)).isPositive();
		post("/lines/move", Map.of("lines", List.of(5), "target", created));
		assertThat(field(created, "body")).contains("全乡8个行政村", "每季度都公示");
		assertThat(lines("UNASSIGNED")).isEmpty();
		assertThat(steps()).containsExactly("MOVE 5 → A2", "CREATE 1, 3");
	}

	@Test
	void mergingTwoDraftsKeepsOneAndUndoBringsTheOtherBack() throws Exception {
		post("/lines/split", Map.of("lines", List.of(15)));
		List<Long> drafts = editor.articles(page);
		post("/drafts/merge", Map.of("draft", drafts.get(1), "target", drafts.get(0)));
		assertThat(editor.articles(page)).containsExactly(drafts.get(0));
		assertThat(field(drafts.get(0), "body")).contains("物业服务满意度");
		post("/undo", Map.of());
		List<Long> back = editor.articles(page);
		assertThat(back).hasSize(2);
		assertThat(field(back.get(1), "headline")).isEqualTo(SECOND);
		assertThat(steps()).containsExactly("MERGE A2 → A1 undone", "SPLIT 15 (A1)");
	}

	@Test
	void marksGiveLinesRolesAndAnEditorsOwnCorrectionSurvives() throws Exception {
		long draft = editor.articles(page).get(0);
		jdbc.sql("update article set subhead = '编辑写的副题' where id = :id").param("id", draft).update();
		post("/lines/caption", Map.of("lines", List.of(13)));
		post("/lines/discard", Map.of("lines", List.of(21)));
		post("/lines/byline", Map.of("lines", List.of(5), "target", draft));
		assertThat(field(draft, "array_to_string(captions, '|')")).contains("各社区议事厅累计召开议事会议86场");
		assertThat(field(draft, "body")).doesNotContain("各社区议事厅累计", "物业服务满意度");
		assertThat(field(draft, "subhead")).isEqualTo("编辑写的副题");
		assertThat(lines("DISCARDED")).containsExactly(21);
		post("/lines/headline", Map.of("lines", List.of(15)));
		assertThat(field(draft, "headline")).isEqualTo(SECOND);
		post("/lines/body", Map.of("lines", List.of(13)));
		assertThat(field(draft, "body")).contains("各社区议事厅累计");
		assertThat(steps()).hasSize(5);
	}

	@Test
	void aStepThatBreaksARuleOrCannotBeReadIsA400WithTheReason() throws Exception {
		assertRefused(post("/lines/split", Map.of("lines", List.of(7))), "不能在草稿的第一行拆分");
		assertRefused(post("/lines/split", Map.of("lines", List.of(13, 15))), "这一步只能勾选一行");
		assertRefused(post("/lines/split", Map.of("lines", List.of(1))), "只能在草稿自己的正文行处拆分");
		assertRefused(post("/lines/move", Map.of("version", version())), "请至少勾选一行");
		assertRefused(post("/lines/move", Map.of("lines", List.of(2), "target", editor.articles(page).get(0))),
				"第 2 行为空行");
		assertRefused(post("/lines/move", Map.of("lines", List.of(1))), "请为第 1 行选择草稿");
		assertRefused(post("/lines/move", Map.of("lines", List.of("一"), "target", 1)), "请至少勾选一行");
		assertRefused(post("/lines/move", Map.of("lines", List.of(1), "target", 999_999_999L)), "该草稿不在本版面上");
		long draft = editor.articles(page).get(0);
		assertRefused(post("/drafts/merge", Map.of("draft", draft, "target", draft)), "草稿不能合并到自身");
		assertRefused(post("/drafts/merge", Map.of("draft", "x")), "无法读取表单");
		assertRefused(post("/undo", Map.of()), "没有可以撤销的步骤");
		assertThat(steps()).isEmpty();
		assertThat(lines("UNASSIGNED")).containsExactly(1, 3, 5);
	}

	@Test
	void aStepOnAStaleViewIsRefused() throws Exception {
		long seen = version();
		post("/lines/discard", Map.of("lines", List.of(5)));
		MvcResult stale = editor.post("/admin/pages/" + page + "/lines/discard",
				Map.of("lines", List.of(3), "version", seen));
		assertThat(body(editor.follow(stale))).contains("页面内容已被别人修改");
		assertThat(lines("DISCARDED")).containsExactly(5);
	}

	@Test
	void publishingWithUnassignedLinesAsksForAnExplicitDecision() throws Exception {
		long draft = editor.articles(page).get(0);
		editor.post("/admin/pages/" + page + "/articles/" + draft + "/accept",
				Map.of("version", editor.version("article", draft)));
		MvcResult refused = editor.post("/admin/pages/" + page + "/publish", Map.of("version", version()));
		assertThat(body(editor.follow(refused))).contains("有 3 行不属于任何文章：请为它们指定去处");
		assertThat(field(draft, "status")).isEqualTo("DRAFT");
		editor.post("/admin/pages/" + page + "/publish", Map.of("version", version(), "discardUnassigned", true));
		assertThat(field(draft, "status")).isEqualTo("PUBLISHED");
		assertThat(lines("DISCARDED")).containsExactly(1, 3, 5);
		assertThat(steps()).containsExactly("DISCARD 1, 3, 5");
	}

	private void assertRefused(MvcResult result, String reason) throws Exception {
		assertThat(result.getResponse().getStatus()).as(reason).isEqualTo(400);
		assertThat(body(result)).contains("id=\"form-errors\"", reason);
	}

	private MvcResult post(String path, Map<String, ?> form) throws Exception {
		Map<String, Object> withVersion = new java.util.HashMap<>(form);
		withVersion.putIfAbsent("version", version());
		return editor.post("/admin/pages/" + page + path, withVersion);
	}

	private long version() {
		return editor.version("source_page", page);
	}

	private List<Integer> lines(String role) {
		return jdbc.sql("select line from page_line where source_page_id = :p and role = :r order by line")
			.param("p", page)
			.param("r", role)
			.query(Integer.class)
			.list();
	}

	private List<String> steps() {
		return jdbc.sql("""
				select operation || ' ' || detail || case when undone_at is null then '' else ' undone' end
				  from repair_step where source_page_id = :p order by id desc""")
			.param("p", page)
			.query(String.class)
			.list();
	}

	private String field(long article, String column) {
		return jdbc.sql("select " + column + "::text from article where id = :id")
			.param("id", article)
			.query(String.class)
			.single();
	}

	private long count(String from) {
		return jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

}
