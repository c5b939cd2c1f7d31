package org.civicatlas.program.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A merge in two steps (a searchable target, a preview that changes nothing), and its
 * undo, which puts every link, figure, alias and redirect back; on the draft program of
 * the test's own page.
 */
@EditingTest
@CleansUp
class ProgramMergeUndoTests {

	private static final Pattern UNDO = Pattern.compile("action=\"/admin/programs/merges/(\\d+)/undo\"");

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	List<Long> articles;

	long draft;

	@BeforeEach
	void upload() throws Exception {
		articles = editor.articles(editor.uploadPage("review-beihai.txt"));
		draft = editor.programOf(articles.get(0));
	}

	@Test
	void thePreviewMovesNothingAndUndoingTheMergePutsEveryLinkBack() throws Exception {
		long into = create("睦邻议事厅 合并撤销测试", "议事厅");
		long earlier = create("睦邻议事会 合并撤销测试", "");
		editor.post("/admin/programs/" + earlier + "/merge",
				Map.of("targetId", draft, "version", editor.version("program", earlier)));
		// the target already describes one of the draft's articles: that link is the
		// target's own and stays
		jdbc.sql("insert into article_program (article_id, program_id) values (:article, :program)")
			.param("article", articles.get(0))
			.param("program", into)
			.update();
		Map<String, Object> before = state(into, earlier);

		String search = body(editor.get("/admin/programs/{id}/merge?q={q}", draft, "合并撤销 议事厅"));
		assertThat(search).contains("睦邻议事厅 合并撤销测试", "/admin/programs/" + draft + "/merge?target=" + into)
			.doesNotContain("睦邻议事会 合并撤销测试");
		String preview = body(editor.get("/admin/programs/{id}/merge?target={target}", draft, into));
		String headline = jdbc.sql("select headline from article where id = :id")
			.param("id", articles.get(0))
			.query(String.class)
			.single();
		// the draft's own name (as the pipeline reads it) moves to the target as an alias
		String draftName = jdbc.sql("select name from program where id = :id")
			.param("id", draft)
			.query(String.class)
			.single();
		assertThat(preview).contains("id=\"merge-preview\"", headline, "<li>" + draftName + "</li>",
				"name=\"targetId\" value=\"" + into + "\"");
		assertThat(state(into, earlier)).as("a preview changes nothing").isEqualTo(before);

		MvcResult merged = editor.post("/admin/programs/" + draft + "/merge",
				Map.of("targetId", into, "version", editor.version("program", draft)));
		assertThat(merged.getResponse().getRedirectedUrl()).isEqualTo("/admin/programs/" + into + "/edit");
		assertThat(state(into, earlier)).isNotEqualTo(before);
		assertThat(links(draft)).isEmpty();
		Matcher undo = UNDO.matcher(body(editor.follow(merged)));
		assertThat(undo.find()).as("the target's form offers to undo the merge").isTrue();

		MvcResult undone = editor.post("/admin/programs/merges/" + undo.group(1) + "/undo", Map.of("program", into));
		assertThat(undone.getResponse().getRedirectedUrl()).isEqualTo("/admin/programs/" + draft + "/edit");
		assertThat(body(editor.follow(undone))).contains("已撤销合并")
			.doesNotContain("action=\"/admin/programs/merges/" + undo.group(1) + "/undo\"");
		assertThat(state(into, earlier)).as("every link, figure, alias and redirect back").isEqualTo(before);

		MvcResult again = editor.post("/admin/programs/merges/" + undo.group(1) + "/undo", Map.of("program", into));
		assertThat(body(editor.follow(again))).contains("不能撤销这次合并");
		assertThat(state(into, earlier)).isEqualTo(before);
	}

	@Test
	void revertingAMergedProgramAcrossTheMergeIsRefused() throws Exception {
		long into = create("合并后恢复测试", "");
		long edited = create("合并前修改过的项目", "");
		long revision = jdbc.sql("select max(rev) from program_aud where id = :id")
			.param("id", edited)
			.query(Long.class)
			.single();
		editor.post("/admin/programs/" + edited + "/merge",
				Map.of("targetId", into, "version", editor.version("program", edited)));
		MvcResult refused = editor.post("/admin/history/program/" + edited + "/revert/" + revision,
				Map.of("version", editor.version("program", edited)));
		assertThat(body(editor.follow(refused))).contains("请在项目页面上撤销合并");
		assertThat(jdbc.sql("select merged_into from program where id = :id")
			.param("id", edited)
			.query(Long.class)
			.single()).isEqualTo(into);
	}

	/** The links, figures, aliases and redirects a merge and its undo touch. */
	private Map<String, Object> state(long into, long earlier) {
		Map<String, Object> state = new HashMap<>();
		state.put("draft links", links(draft));
		state.put("target links", links(into));
		state.put("figures", jdbc
			.sql("select id || ':' || coalesce(program_id, 0) from metric where article_id = any (:ids) order by id")
			.param("ids", articles.toArray(Long[]::new))
			.query(String.class)
			.list());
		state.put("aliases",
				jdbc.sql("select array_to_string(aliases, '|') from program where id = :id")
					.param("id", into)
					.query(String.class)
					.single());
		state.put("merged", jdbc
			.sql("select id || '>' || coalesce(merged_into, 0) from program where id in (:a, :b, :c) order by id")
			.param("a", draft)
			.param("b", into)
			.param("c", earlier)
			.query(String.class)
			.list());
		return state;
	}

	private List<Long> links(long program) {
		return jdbc.sql("select article_id from article_program where program_id = :id order by article_id")
			.param("id", program)
			.query(Long.class)
			.list();
	}

	private long create(String name, String aliases) throws Exception {
		Map<String, Object> form = new HashMap<>();
		form.put("name", name);
		form.put("aliases", aliases);
		form.put("primarySubtype", "grassroots_governance");
		form.put("cityCode", "3306");
		form.put("districtCode", "330602");
		form.put("status", "PUBLISHED");
		String location = editor.post("/admin/programs", form).getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll("\\D", ""));
	}

}
