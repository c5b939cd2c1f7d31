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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * The article form's pickers: places and programs found by name, with and without
 * JavaScript.
 */
@EditingTest
@CleansUp
class ArticlePickerTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	EditorPages editor;

	long article;

	long program;

	@BeforeEach
	void upload() throws Exception {
		article = editor.articles(editor.uploadPage("review-beihai.txt")).get(0);
		program = editor.programOf(article);
	}

	@Test
	void townshipsAreFoundByNameAcrossTheirPathInOneStatement() throws Exception {
		statements.reset();
		String found = body(editor.get("/admin/articles/pick/townships?placeQuery={q}&districtCode=330602", "北海"));
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		assertThat(found).contains("value=\"330602004\"", "<span>绍兴市 › 越城区 › 北海街道</span>", "330602004</small>")
			.doesNotContain("<html");
		// words of different levels narrow the search down; a code works too
		assertThat(body(editor.get("/admin/articles/pick/townships?placeQuery={q}", "越城 北海")))
			.contains("value=\"330602004\"");
		assertThat(body(editor.get("/admin/articles/pick/townships?placeQuery={q}", "柯桥 北海")))
			.doesNotContain("value=\"330602004\"");
		assertThat(body(editor.get("/admin/articles/pick/townships?placeQuery={q}", "33060200")))
			.contains("value=\"330602004\"");
		// the chosen ones are not offered again
		assertThat(body(editor.get("/admin/articles/pick/townships?placeQuery={q}&townships=330602004", "北海")))
			.doesNotContain("value=\"330602004\"");
		assertThat(body(editor.get("/admin/articles/pick/townships?placeQuery={q}", "没有这个地方"))).contains("没有找到。");
		assertThat(
				editor.get("/admin/articles/pick/townships?placeQuery={q}", "北".repeat(101)).getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void programsAreFoundByNameOrAliasButNotTheLinkedOnesOrTheMergedOnes() throws Exception {
		String found = body(editor.get("/admin/articles/pick/programs?programQuery={q}", "睦邻议事厅"));
		assertThat(found).contains("name=\"programIds\" value=\"" + program + "\"");
		assertThat(body(editor.get("/admin/articles/pick/programs?programQuery={q}&programIds={id}", "睦邻议事厅", program)))
			.doesNotContain("value=\"" + program + "\"");
	}

	@Test
	void withoutJavaScriptASearchKeepsTheTypedFormShowsTheResultsAndSavesNothing() throws Exception {
		String headline = jdbc.sql("select headline from article where id = :id")
			.param("id", article)
			.query(String.class)
			.single();
		long version = editor.version("article", article);
		Map<String, Object> form = form();
		form.put("headline", "只是输入还没保存的标题");
		form.put("placeQuery", "塔山");
		MvcResult searched = editor.post("/admin/articles/" + article + "/pick", form);
		assertThat(searched.getResponse().getRedirectedUrl())
			.isEqualTo("/admin/articles/" + article + "/edit#townships");
		String page = body(editor.follow(searched));
		assertThat(page).contains("value=\"只是输入还没保存的标题\"", "value=\"塔山\"", "越城区 › 塔山街道")
			.containsPattern("name=\"townships\" value=\"330602004\"[^>]*checked");
		assertThat(jdbc.sql("select headline from article where id = :id")
			.param("id", article)
			.query(String.class)
			.single()).isEqualTo(headline);
		assertThat(editor.version("article", article)).isEqualTo(version);
	}

	@Test
	void addingAProgramKeepsTheLinkedOnes() throws Exception {
		long other = jdbc.sql("select min(id) from program where merged_into is null and id <> :id")
			.param("id", program)
			.query(Long.class)
			.single();
		Map<String, Object> form = form();
		form.put("programIds", List.of(program, other));
		assertThat(editor.post("/admin/articles/" + article, form).getResponse().getRedirectedUrl())
			.isEqualTo("/admin/articles/" + article + "/edit");
		assertThat(jdbc.sql("select program_id from article_program where article_id = :id order by program_id")
			.param("id", article)
			.query(Long.class)
			.list()).containsExactlyInAnyOrder(program, other);
	}

	/** The article's form as saved now. */
	private Map<String, Object> form() throws Exception {
		Map<String, Object> form = new HashMap<>();
		Map<String, Object> row = jdbc.sql("select headline, body, version from article where id = :id")
			.param("id", article)
			.query()
			.singleRow();
		form.put("headline", row.get("headline"));
		form.put("body", row.get("body"));
		// the fields a browser sends empty: an edit without them is a 400
		form.put("headlineEn", "");
		form.put("subhead", "");
		form.put("bylines", "");
		form.put("captions", "");
		form.put("cityCode", "3306");
		form.put("districtCode", "330602");
		form.put("townships", "330602004");
		form.put("programIds", List.of(program));
		form.put("status", "DRAFT");
		form.put("version", row.get("version"));
		return form;
	}

}
