package org.civicatlas.report.admin;

import java.util.List;
import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.civicatlas.support.FormValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * The history shows the fix of a reader's report (issue 13, item 8): resolving a report
 * names the changes made in answer to it, the report links to them and the record's
 * history links back to the report. The report is about the first article of the test's
 * own page, and came in after every revision so far.
 */
@EditingTest
@CleansUp
class ReportFixTests {

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	long article;

	long report;

	int before;

	@BeforeEach
	void report() throws Exception {
		article = editor.articles(editor.uploadPage("review-beihai.txt")).get(0);
		before = jdbc.sql("select max(rev) from revinfo").query(Integer.class).single();
		report = jdbc.sql("""
				insert into problem_report (target_kind, target_id, category, message, address_hash, created_at)
				values ('article', :id, 'TEXT', '副标题漏了', repeat('a', 64),
				        to_timestamp((select max(revtstmp) from revinfo) / 1000.0) + interval '1 millisecond')
				returning id""").param("id", article).query(Long.class).single();
	}

	// the fixes name revisions, which the clean-up deletes after this
	@AfterEach
	void forget() {
		jdbc.sql("delete from problem_report where id = :id").param("id", report).update();
	}

	@Test
	void resolvingNamesTheChangeAndTheHistoryLinksTheReport() throws Exception {
		assertThat(body(editor.get("/admin/reports"))).contains("id=\"report-" + report + "\"")
			.doesNotContain("name=\"fix\"");
		int fix = edit("补上的副标题");

		String queue = body(editor.get("/admin/reports"));
		assertThat(queue)
			.contains("name=\"fix\" value=\"" + fix + "\"",
					"href=\"/admin/history/article/" + article + "#rev-" + fix + "\"")
			// only what changed since the report came in
			.doesNotContain("name=\"fix\" value=\"" + before + "\"");
		MvcResult resolved = editor.post("/admin/reports/" + report,
				Map.of("status", "RESOLVED", "version", "0", "shown", "OPEN", "fix", List.of(fix)));
		assertThat(resolved.getResponse().getRedirectedUrl()).isEqualTo("/admin/reports?status=OPEN");
		assertThat(jdbc.sql("select rev from problem_report_fix where report_id = :id")
			.param("id", report)
			.query(Integer.class)
			.list()).containsExactly(fix);

		String page = body(editor.get("/admin/reports/" + report));
		// the report's times read in Zhejiang, as its changes' and the history's do
		String received = jdbc.sql("""
				select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
				  from problem_report where id = :id""").param("id", report).query(String.class).single();
		assertThat(page).contains(">" + received + "</time>");
		assertThat(page).contains("由以下修改解决", "href=\"/admin/history/article/" + article + "#rev-" + fix + "\"",
				"修订 " + fix + "（报道，ed，");
		String history = body(editor.get("/admin/history/article/" + article));
		String card = history.substring(history.indexOf("id=\"rev-" + fix + "\""));
		assertThat(card.substring(0, card.indexOf("</li>"))).contains("href=\"/admin/reports/" + report + "\"",
				"解决了读者报告 " + report);
		assertThat(body(editor.getInEnglish("/admin/history/article/" + article)))
			.contains("Fixed reader’s report " + report);
		assertThat(body(editor.getInEnglish("/admin/reports/" + report))).contains("Fixed by:",
				"revision " + fix + " (Article, ed, ");
	}

	@Test
	void reopeningForgetsTheFixAndAChangeOfAnotherRecordIsRefused() throws Exception {
		int fix = edit("补上的副标题");
		// the upload's revision came before the report: not a change in answer to it
		MvcResult refused = editor.post("/admin/reports/" + report,
				Map.of("status", "RESOLVED", "version", "0", "shown", "OPEN", "fix", List.of(before)));
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(status()).isEqualTo("OPEN");
		assertThat(fixes()).isZero();

		editor.post("/admin/reports/" + report,
				Map.of("status", "RESOLVED", "version", "0", "shown", "OPEN", "fix", List.of(fix)));
		assertThat(fixes()).isOne();
		editor.post("/admin/reports/" + report, Map.of("status", "OPEN", "version", "1", "shown", "RESOLVED"));
		assertThat(status()).isEqualTo("OPEN");
		assertThat(fixes()).isZero();
		assertThat(body(editor.get("/admin/history/article/" + article))).doesNotContain("/admin/reports/" + report);
	}

	@Test
	void aReportWithoutChangesSaysSoAndResolvesWithoutAFix() throws Exception {
		assertThat(body(editor.get("/admin/reports/" + report))).contains("id=\"report-no-changes\"");
		editor.post("/admin/reports/" + report, Map.of("status", "RESOLVED", "version", "0", "shown", "OPEN"));
		assertThat(status()).isEqualTo("RESOLVED");
		assertThat(fixes()).isZero();
		assertThat(editor.get("/admin/reports/999999999").getResponse().getStatus()).isEqualTo(404);
	}

	/** Saves the article with this subhead; returns the revision the save made. */
	private int edit(String subhead) throws Exception {
		String path = "/admin/articles/" + article;
		Map<String, Object> form = FormValues.of(body(editor.get(path + "/edit")), path);
		form.put("subhead", subhead);
		assertThat(editor.post(path, form).getResponse().getRedirectedUrl()).isEqualTo(path + "/edit");
		return jdbc.sql("select max(rev) from article_aud where id = :id")
			.param("id", article)
			.query(Integer.class)
			.single();
	}

	private String status() {
		return jdbc.sql("select status from problem_report where id = :id")
			.param("id", report)
			.query(String.class)
			.single();
	}

	private long fixes() {
		return jdbc.sql("select count(*) from problem_report_fix where report_id = :id")
			.param("id", report)
			.query(Long.class)
			.single();
	}

}
