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

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * The review page's repair steps in {@code /admin/history} and on the dashboard, like
 * every other change: who, when, which step on which page and drafts, with a link to the
 * page's repairs; an undone step says so.
 */
@EditingTest
@CleansUp
class RepairHistoryTests {

	private static final String PAGE = "repair-merged.txt";

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	long page;

	@BeforeEach
	void upload() throws Exception {
		page = editor.uploadPage(PAGE);
	}

	@Test
	void aRepairStepIsAChangeInTheHistory() throws Exception {
		editor.post("/admin/pages/" + page + "/lines/split",
				Map.of("lines", List.of(15), "version", editor.version("source_page", page)));
		String row = row(body(editor.get("/admin/history")));
		assertThat(row).contains("href=\"/admin/pages/" + page + "#history\"", PAGE, "ed", "版面修复", "在第 15 (A1) 行拆分草稿")
			.doesNotContain("已撤销");
		assertThat(row(body(editor.getInEnglish("/admin")))).as("the dashboard's recent changes")
			.contains(PAGE, "Page repair");

		editor.post("/admin/pages/" + page + "/undo", Map.of("version", editor.version("source_page", page)));
		assertThat(row(body(editor.get("/admin/history")))).contains("在第 15 (A1) 行拆分草稿", "已撤销");
	}

	/** The history's row of the page's newest repair step. */
	private String row(String html) {
		int link = html.indexOf("href=\"/admin/pages/" + page + "#history\"");
		assertThat(link).as("a row links to the page's repairs").isPositive();
		return html.substring(html.lastIndexOf("<tr", link), html.indexOf("</tr>", link));
	}

}
