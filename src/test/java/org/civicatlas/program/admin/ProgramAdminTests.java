package org.civicatlas.program.admin;

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
 * The program form, list and merge, on the draft program of the test's own page and
 * programs it creates.
 */
@EditingTest
@CleansUp
class ProgramAdminTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	EditorPages editor;

	long article;

	long draft;

	@BeforeEach
	void upload() throws Exception {
		article = editor.articles(editor.uploadPage("review-beihai.txt")).get(0);
		draft = editor.programOf(article);
	}

	@Test
	void aNewProgramIsSavedWithItsSubtypesPrimaryFirstTheOthersAsChosen() throws Exception {
		Map<String, Object> form = newProgram("测试项目 新北海");
		form.put("secondarySubtypes", List.of("volunteer_services", "elderly_care"));
		form.put("aliases", "新北海\n\n测试项目 新北海\n新北海");
		MvcResult created = editor.post("/admin/programs", form);
		long id = idOf(created.getResponse().getRedirectedUrl());
		assertThat(body(editor.follow(created))).contains("已创建。", "value=\"测试项目 新北海\"");
		assertThat(jdbc.sql("select subtype_key from program_subtype_link where program_id = :id order by position")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("grassroots_governance", "volunteer_services", "elderly_care");
		assertThat(jdbc.sql("select array_to_string(aliases, '|') from program where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("新北海");
	}

	@Test
	void theFormsRulesAreFieldErrorsInChinese() throws Exception {
		Map<String, Object> form = newProgram(" ");
		form.put("primarySubtype", "");
		form.put("villageName", "村".repeat(101));
		assertThat(body(editor.post("/admin/programs", form))).contains("请填写项目名称。", "请选择主要类型。", "太长了：最多 100 个字符。");
		form = newProgram("测试项目");
		form.put("primarySubtype", "no_such_subtype");
		form.put("townshipCode", "330603001");
		form.put("status", "DRAFT");
		assertThat(body(editor.post("/admin/programs", form))).contains("没有这个类型。", "不在越城区。", "项目不能设为草稿。");
		form = newProgram("测试项目");
		form.put("secondarySubtypes", List.of("grassroots_governance"));
		assertThat(body(editor.post("/admin/programs", form))).contains("主要类型不要再选为其他类型。");
		assertThat(programsNamed("测试项目")).isZero();
	}

	/**
	 * Values of the wrong kind (issue 12's fuzz: {@code status=GOD}, {@code version=abc})
	 * are field errors beside the rules' errors, not a 500 from errors without their form
	 * (see {@code editing.FormBinding}).
	 */
	@Test
	void valuesOfTheWrongKindAreFieldErrorsBesideTheRules() throws Exception {
		Map<String, Object> form = newProgram("测试项目");
		form.put("status", "GOD");
		form.put("primarySubtype", "no_such_subtype");
		form.put("version", "0");
		MvcResult result = editor.post("/admin/programs/" + draft, form);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).contains("格式不正确。", "没有这个类型。", "value=\"测试项目\"");
		form.put("version", "abc");
		assertThat(body(editor.post("/admin/programs/" + draft, form))).contains("格式不正确。", "请输入编号（整数）。", "没有这个类型。");
		assertThat(programsNamed("测试项目")).isZero();
	}

	@Test
	void aFormWithoutAnyPrimarySubtypeFieldIsAFieldErrorNotAServerError() throws Exception {
		Map<String, Object> form = newProgram("测试项目");
		form.remove("primarySubtype");
		form.put("secondarySubtypes", List.of("grassroots_governance"));
		assertThat(body(editor.post("/admin/programs", form))).contains("请选择主要类型。");
		assertThat(programsNamed("测试项目")).isZero();
	}

	@Test
	void theFormsRulesAreFieldErrorsInEnglish() throws Exception {
		Map<String, Object> form = newProgram("");
		form.put("primarySubtype", "");
		form.put("secondarySubtypes", List.of("no_such_subtype"));
		assertThat(body(editor.postInEnglish("/admin/programs", form))).contains("Enter the program’s name.",
				"Choose the primary subtype.", "There is no such subtype.", "<html lang=\"en\"");
	}

	@Test
	void theEditFormShowsTheProgramInAFixedNumberOfStatements() throws Exception {
		statements.reset();
		String form = body(editor.get("/admin/programs/{id}/edit", draft));
		assertThat(statements.count()).isLessThanOrEqualTo(5);
		long figures = jdbc.sql("select count(*) from metric where program_id = :id")
			.param("id", draft)
			.query(Long.class)
			.single();
		assertThat(figures).as("the pipeline ties the article's figures to the program it names").isPositive();
		assertThat(form).contains("value=\"睦邻议事厅\"", "name=\"aliases\"></textarea>",
				"<option value=\"grassroots_governance\" selected=\"selected\">基层社会治理</option>",
				"1 篇报道，" + figures + " 条数据", "草稿：随所在版面一起发布。");
	}

	@Test
	void aStaleSaveShowsTheConflictAndOverwritesNothing() throws Exception {
		Map<String, Object> mine = current();
		Map<String, Object> theirs = current();
		theirs.put("description", "别人写的简介");
		assertThat(editor.post("/admin/programs/" + draft, theirs).getResponse().getRedirectedUrl()).endsWith("/edit");
		mine.put("name", "我改的名称");
		String page = body(editor.post("/admin/programs/" + draft, mine));
		assertThat(page).contains("id=\"conflict\"")
			.containsPattern("<th scope=\"row\">名称</th>\\s*<td[^>]*><span class=\"d-block\">睦邻议事厅</span></td>"
					+ "\\s*<td[^>]*><span class=\"d-block\">我改的名称</span></td>")
			.containsPattern("<th scope=\"row\">简介</th>\\s*<td[^>]*><span class=\"d-block\">别人写的简介</span></td>")
			.doesNotContain("<th scope=\"row\">主要类型</th>");
		assertThat(jdbc.sql("select name || '|' || description from program where id = :id")
			.param("id", draft)
			.query(String.class)
			.single()).isEqualTo("睦邻议事厅|别人写的简介");
	}

	@Test
	void mergingMovesArticlesAndFiguresCombinesAliasesAndRedirects() throws Exception {
		Map<String, Object> target = newProgram("睦邻议事厅 北海样板");
		target.put("aliases", "议事厅");
		long into = idOf(editor.post("/admin/programs", target).getResponse().getRedirectedUrl());
		long earlier = idOf(editor.post("/admin/programs", newProgram("睦邻议事会")).getResponse().getRedirectedUrl());
		merge(earlier, draft);
		long figures = jdbc.sql("select count(*) from metric where program_id = :id")
			.param("id", draft)
			.query(Long.class)
			.single();
		assertThat(figures).isPositive();

		assertThat(body(editor.get("/admin/programs/{id}/merge", draft))).contains("它的 1 篇报道和 " + figures + " 条数据");
		MvcResult merged = merge(draft, into);
		assertThat(merged.getResponse().getRedirectedUrl()).isEqualTo("/admin/programs/" + into + "/edit");
		assertThat(body(editor.follow(merged))).contains("“睦邻议事厅”已并入本项目：转入 1 篇报道、" + figures + " 条数据。");
		assertThat(jdbc.sql("select program_id from article_program where article_id = :id")
			.param("id", article)
			.query(Long.class)
			.list()).containsExactly(into);
		assertThat(jdbc.sql("select count(*) from metric where program_id = :id")
			.param("id", into)
			.query(Long.class)
			.single()).isEqualTo(figures);
		assertThat(
				jdbc.sql("select aliases from program where id = :id").param("id", into).query(String.class).single())
			.isEqualTo("{议事厅,睦邻议事厅,睦邻议事会}");
		assertThat(mergedInto(draft)).isEqualTo(into);
		assertThat(mergedInto(earlier)).as("no redirect chains").isEqualTo(into);
		assertThat(body(editor.get("/admin/programs/{id}/merge", draft))).contains("id=\"already-merged\"")
			.doesNotContain("name=\"targetId\"");
	}

	@Test
	void mergeRulesAreFieldErrors() throws Exception {
		long other = idOf(editor.post("/admin/programs", newProgram("另一个项目")).getResponse().getRedirectedUrl());
		assertThat(body(editor.post("/admin/programs/" + draft + "/merge",
				Map.of("targetId", draft, "version", editor.version("program", draft)))))
			.contains("不能并入自己。");
		assertThat(body(editor.post("/admin/programs/" + draft + "/merge",
				Map.of("version", editor.version("program", draft)))))
			.contains("请选择要并入的项目。");
		merge(other, draft);
		long third = idOf(editor.post("/admin/programs", newProgram("第三个项目")).getResponse().getRedirectedUrl());
		assertThat(body(editor.post("/admin/programs/" + third + "/merge",
				Map.of("targetId", other, "version", editor.version("program", third)))))
			.contains("目标项目本身已被合并");
		MvcResult stale = editor.post("/admin/programs/" + third + "/merge",
				Map.of("targetId", draft, "version", editor.version("program", third) + 1));
		assertThat(body(editor.follow(stale))).contains("合并前这个项目已被别人修改");
		assertThat(mergedInto(third)).isNull();
	}

	@Test
	void aProgramOthersWereMergedIntoCannotBeDeleted() throws Exception {
		long other = idOf(editor.post("/admin/programs", newProgram("并入的项目")).getResponse().getRedirectedUrl());
		merge(other, draft);
		assertThat(body(editor.get("/admin/programs/{id}/delete", draft))).contains("不能删除");
		MvcResult refused = editor.post("/admin/programs/" + draft + "/delete",
				Map.of("version", editor.version("program", draft)));
		assertThat(body(editor.follow(refused))).contains("已有其他项目并入这个项目");
		assertThat(programsNamed("睦邻议事厅")).isEqualTo(1);
	}

	@Test
	void deletingAProgramKeepsItsFigures() throws Exception {
		long figures = jdbc.sql("select count(*) from metric where program_id = :id")
			.param("id", draft)
			.query(Long.class)
			.single();
		MvcResult deleted = editor.post("/admin/programs/" + draft + "/delete",
				Map.of("version", editor.version("program", draft)));
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/admin/programs");
		assertThat(programsNamed("睦邻议事厅")).isZero();
		assertThat(jdbc.sql("select count(*) from metric where article_id = :id and program_id is null")
			.param("id", article)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(figures);
	}

	@Test
	void theListFindsAliasesInAFixedNumberOfStatements() throws Exception {
		statements.reset();
		String all = body(editor.get("/admin/programs"));
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		long total = jdbc.sql("select count(*) from program").query(Long.class).single();
		assertThat(all).contains("共 " + total + " 条", "第 1 页，共 " + (total + 24) / 25 + " 页");
		statements.reset();
		String byAlias = body(editor.get("/admin/programs?q=睦邻议事厅&status=DRAFT"));
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		assertThat(byAlias).contains("共 1 条", "/admin/programs/" + draft + "/edit");
		assertThat(editor.get("/admin/programs?page=-1").getResponse().getStatus()).isEqualTo(400);
		assertThat(editor.get("/admin/programs/999999/edit").getResponse().getStatus()).isEqualTo(404);
		assertThat(editor.get("/admin/programs/999999/merge").getResponse().getStatus()).isEqualTo(404);
	}

	private MvcResult merge(long source, long target) throws Exception {
		return editor.post("/admin/programs/" + source + "/merge",
				Map.of("targetId", target, "version", editor.version("program", source)));
	}

	private static Map<String, Object> newProgram(String name) {
		return EditorPages.newProgram(name, "330602", "330602004");
	}

	/** The draft program's form as saved now. */
	private Map<String, Object> current() {
		Map<String, Object> form = newProgram("睦邻议事厅");
		form.put("aliases", "睦邻议事厅");
		form.put("description",
				jdbc.sql("select description from program where id = :id")
					.param("id", draft)
					.query(String.class)
					.single());
		form.put("status", "DRAFT");
		form.put("version", editor.version("program", draft));
		return form;
	}

	private Long mergedInto(long id) {
		return jdbc.sql("select merged_into from program where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getObject(1, Long.class))
			.list()
			.get(0);
	}

	private long programsNamed(String name) {
		return jdbc.sql("select count(*) from program where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private static long idOf(String editUrl) {
		assertThat(editUrl).matches("/admin/programs/\\d+/edit");
		return Long.parseLong(editUrl.split("/")[3]);
	}

}
