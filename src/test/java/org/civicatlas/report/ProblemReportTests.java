package org.civicatlas.report;

import java.net.http.HttpResponse;
import java.util.Map;

import org.civicatlas.support.AdminSession;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader reports a problem; it reaches the editors' queue, who resolve or dismiss it
 * (issue 13, item 8).
 */
@PortalTest
@Import(AdminSession.class)
class ProblemReportTests {

	@Autowired
	AdminSession sessions;

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	long article;

	@BeforeEach
	@AfterEach
	void noReports() {
		jdbc.sql("delete from problem_report").update();
		article = jdbc.sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
	}

	@Test
	void theArticleAndProgramPagesLinkTheForm() {
		assertThat(http.get("/articles/" + article).body())
			.contains("href=\"/reports/new?kind=article&amp;id=" + article + "\"");
		long program = jdbc.sql("select min(id) from program where status = 'PUBLISHED' and merged_into is null")
			.query(Long.class)
			.single();
		assertThat(http.get("/programs/" + program).body())
			.contains("href=\"/reports/new?kind=program&amp;id=" + program + "\"");
	}

	@Test
	void aReportReachesTheQueueAndAnEditorResolvesIt() {
		AdminSession.Browser reader = sessions.anonymous();
		HttpResponse<String> form = reader.get("/reports/new?kind=article&id=" + article);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"_csrf\"").contains(headline(article));
		HttpResponse<String> sent = reader.post("/reports?kind=article&id=" + article,
				Map.of("category", "FIGURE", "message", " 第二段的金额应为5万元。 ", "contact", ""));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow())
			.endsWith("/reports/sent?kind=article&id=" + article);
		assertThat(reader.get("/reports/sent?kind=article&id=" + article).body()).contains("id=\"report-sent\"");

		Map<String, Object> row = jdbc.sql("select * from problem_report").query().singleRow();
		assertThat(row).containsEntry("target_kind", "article")
			.containsEntry("target_id", article)
			.containsEntry("category", "FIGURE")
			.containsEntry("message", "第二段的金额应为5万元。")
			.containsEntry("status", "OPEN");
		assertThat(row.get("contact")).isNull();
		// the address is kept only as a keyed hash: no column holds the address itself (a
		// hex digest may contain the digits 127 by chance, never its dots or colons)
		assertThat((String) row.get("address_hash")).matches("[0-9a-f]{64}");
		assertThat(row.values()).noneMatch(value -> value != null
				&& (value.toString().contains("127.0.0.1") || value.toString().contains("0:0:0:0:0:0:0:1")));

		AdminSession.Browser editor = sessions.editor();
		String queue = editor.get("/admin/reports").body();
		assertThat(queue).contains("第二段的金额应为5万元。").contains("href=\"/articles/" + article + "\"");
		long id = ((Number) row.get("id")).longValue();
		HttpResponse<String> decided = editor.post("/admin/reports/" + id,
				Map.of("status", "RESOLVED", "version", "0", "shown", "OPEN"));
		assertThat(decided.statusCode()).isEqualTo(302);
		assertThat(editor.get(location(decided)).body()).contains("id=\"reports-none\"")
			.contains("报告 " + id + " 已标为已解决。");
		assertThat(editor.get("/admin/reports?status=RESOLVED").body()).contains("第二段的金额应为5万元。")
			.contains(AdminSession.EDITOR);
		// a second decision on the old version changes nothing
		HttpResponse<String> stale = editor.post("/admin/reports/" + id,
				Map.of("status", "DISMISSED", "version", "0", "shown", "RESOLVED"));
		assertThat(jdbc.sql("select status from problem_report").query(String.class).single()).isEqualTo("RESOLVED");
		assertThat(editor.get(location(stale)).body()).contains("刚被其他编辑处理过");
	}

	@Test
	void withoutTheFormsTokenNothingIsStored() {
		HttpResponse<String> response = sessions.anonymous()
			.postRaw("/reports?kind=article&id=" + article, Map.of("category", "FACT", "message", "x"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(count()).isZero();
	}

	@Test
	void badInputIsAFieldErrorNeverA500() {
		AdminSession.Browser reader = sessions.anonymous();
		reader.get("/reports/new?kind=article&id=" + article);
		String blank = reader.post("/reports?kind=article&id=" + article, Map.of("message", "  ")).body();
		assertThat(blank).contains("请选择问题类别。", "请说明问题。");
		// a value that is no category stops the binding before the other fields are
		// checked
		assertThat(reader.post("/reports?kind=article&id=" + article, Map.of("category", "<script>", "message", "x"))
			.body()).contains("格式不正确。").doesNotContain("<script>");
		String tooLong = reader
			.post("/reports?kind=article&id=" + article,
					Map.of("category", "FACT", "message", "长".repeat(1_001), "contact", "c".repeat(201)))
			.body();
		assertThat(tooLong).contains("太长了：最多 1000 个字符。", "太长了：最多 200 个字符。");
		assertThat(count()).isZero();
		assertThat(reader.get("/reports/new?kind=article&id=999999999").statusCode()).isEqualTo(404);
		assertThat(reader.get("/reports/new?kind=nope&id=" + article).statusCode()).isEqualTo(400);
		assertThat(reader.get("/reports/new?kind=article&id=abc").statusCode()).isEqualTo(400);
		assertThat(reader.get("/reports/new").statusCode()).isEqualTo(400);
	}

	@Test
	void anAddressSendsAtMostFiveAnHour() {
		AdminSession.Browser reader = sessions.anonymous();
		reader.get("/reports/new?kind=article&id=" + article);
		for (int i = 0; i < ProblemReports.PER_WINDOW; i++) {
			assertThat(
					reader.post("/reports?kind=article&id=" + article, Map.of("category", "TEXT", "message", "错字 " + i))
						.statusCode())
				.isEqualTo(302);
		}
		// another browser from the same address is counted with the first
		AdminSession.Browser other = sessions.anonymous();
		other.get("/reports/new?kind=article&id=" + article);
		HttpResponse<String> refused = other.post("/reports?kind=article&id=" + article,
				Map.of("category", "TEXT", "message", "再一个"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("一小时内已提交 5 条报告");
		assertThat(count()).isEqualTo(ProblemReports.PER_WINDOW);
	}

	@Test
	void theFormReadsOneStatementBesidesTheSession() {
		AdminSession.Browser reader = sessions.anonymous();
		reader.get("/reports/new?kind=figure&id=" + firstFigure());
		statements.reset();
		assertThat(reader.get("/reports/new?kind=figure&id=" + firstFigure()).statusCode()).isEqualTo(200);
		// the target, and Spring Session's read and update of the session row
		assertThat(statements.count()).isLessThanOrEqualTo(3);
	}

	private static String location(HttpResponse<String> redirect) {
		return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private long firstFigure() {
		return jdbc.sql("""
				select min(m.id) from metric m join article a on a.id = m.article_id where a.status = 'PUBLISHED'
				""").query(Long.class).single();
	}

	private String headline(long id) {
		return jdbc.sql("select headline from article where id = :id").param("id", id).query(String.class).single();
	}

	private long count() {
		return jdbc.sql("select count(*) from problem_report").query(Long.class).single();
	}

}
