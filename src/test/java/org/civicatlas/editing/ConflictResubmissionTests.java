package org.civicatlas.editing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.civicatlas.support.FormValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * Issue 12: two editors open the same record; the other saves a change to one field, this
 * one a change to another field and gets the conflict view; saving the conflict view's
 * form as it stands keeps both changes (before, it wrote this editor's stale copy of the
 * other field back). When both changed the same field, the conflict view shows both
 * values and holds this editor's. The forms are read and submitted as a browser would,
 * base and all, for an article, a program, a figure and a page's publication data.
 */
@EditingTest
@CleansUp
class ConflictResubmissionTests {

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	long article;

	long program;

	long figure;

	@BeforeEach
	void upload() throws Exception {
		article = editor.articles(editor.uploadPage("review-beihai.txt")).get(0);
		program = editor.programOf(article);
		figure = jdbc.sql("select id from metric where article_id = :a and value = 430")
			.param("a", article)
			.query(Long.class)
			.single();
	}

	@Test
	void anArticleResubmittedFromTheConflictViewKeepsTheOtherEditorsHeadline() throws Exception {
		String path = "/admin/articles/" + article;
		String conflict = bothEdit(path, "headline", "别人改的标题", "subhead", "我加的副标题");
		assertThat(conflict).contains("<th scope=\"row\">副标题</th>").doesNotContain("<th scope=\"row\">标题</th>");
		resubmit(path, conflict);
		assertThat(column("article", "headline", article)).isEqualTo("别人改的标题");
		assertThat(column("article", "subhead", article)).isEqualTo("我加的副标题");
	}

	@Test
	void aProgramResubmittedFromTheConflictViewKeepsTheOtherEditorsDescription() throws Exception {
		String path = "/admin/programs/" + program;
		String conflict = bothEdit(path, "description", "别人写的简介", "villageName", "我填的村");
		resubmit(path, conflict);
		assertThat(column("program", "description", program)).isEqualTo("别人写的简介");
		assertThat(column("program", "village_name", program)).isEqualTo("我填的村");
	}

	@Test
	void aFigureResubmittedFromTheConflictViewKeepsTheOtherEditorsLabel() throws Exception {
		String path = "/admin/metrics/" + figure;
		String conflict = bothEdit(path, "label", "别人改的名称", "value", "431");
		resubmit(path, conflict);
		assertThat(column("metric", "label", figure)).isEqualTo("别人改的名称");
		assertThat(column("metric", "value::int::text", figure)).isEqualTo("431");
	}

	@Test
	void aPagesPublicationResubmittedFromTheConflictViewKeepsTheOtherEditorsNewspaper() throws Exception {
		long page = jdbc.sql("select source_page_id from article where id = :id")
			.param("id", article)
			.query(Long.class)
			.single();
		String path = "/admin/pages/" + page + "/publication";
		Map<String, Object> opened = FormValues.of(body(editor.get(path)), path);
		post(path, with(opened, "newspaper", "绍兴日报"));
		String conflict = body(post(path, with(opened, "page", "3")));
		assertThat(FormValues.of(conflict, path)).containsEntry("newspaper", "绍兴日报").containsEntry("page", "3");
		assertThat(post(path, FormValues.of(conflict, path)).getResponse().getRedirectedUrl()).isEqualTo(path);
		assertThat(jdbc
			.sql("select coalesce(newspaper, '') || '|' || coalesce(page_number, '') from source_page where id = :id")
			.param("id", page)
			.query(String.class)
			.single()).isEqualTo("绍兴日报|3");
	}

	@Test
	void whenBothChangedTheSameFieldTheConflictViewShowsBothAndSavingItKeepsThisEditorsValue() throws Exception {
		String path = "/admin/articles/" + article;
		Map<String, Object> opened = form(path);
		post(path, with(opened, "headline", "别人改的标题"));
		MvcResult stale = post(path, with(opened, "headline", "我改的标题"));
		String conflict = body(stale);
		assertThat(conflict)
			.containsPattern("<th scope=\"row\">标题</th>\\s*<td[^>]*><span class=\"d-block\">别人改的标题</span></td>\\s*"
					+ "<td[^>]*><span class=\"d-block\">我改的标题</span></td>");
		assertThat(column("article", "headline", article)).isEqualTo("别人改的标题");
		resubmit(path, conflict);
		assertThat(column("article", "headline", article)).isEqualTo("我改的标题");
	}

	/**
	 * Both editors open the form; the other saves {@code theirField}, this one then
	 * {@code myField} from the same form: the conflict view, which nothing was saved by,
	 * holding both changes.
	 */
	private String bothEdit(String path, String theirField, String theirValue, String myField, String myValue)
			throws Exception {
		Map<String, Object> opened = form(path);
		assertThat(opened).containsKey(ThreeWayMerge.BASE);
		assertThat(post(path, with(opened, theirField, theirValue)).getResponse().getRedirectedUrl()).endsWith("/edit");
		MvcResult stale = post(path, with(opened, myField, myValue));
		assertThat(stale.getResponse().getStatus()).isEqualTo(200);
		String conflict = body(stale);
		assertThat(conflict).contains("id=\"conflict\"");
		Map<String, Object> shown = FormValues.of(conflict, path);
		assertThat(shown).as("the conflict view's form")
			.containsEntry(theirField, theirValue)
			.containsEntry(myField, myValue);
		return conflict;
	}

	/** Saves the conflict view's form as it stands. */
	private void resubmit(String path, String conflict) throws Exception {
		MvcResult saved = post(path, FormValues.of(conflict, path));
		assertThat(saved.getResponse().getRedirectedUrl()).as("saved: " + body(saved)).endsWith("/edit");
	}

	private Map<String, Object> form(String path) throws Exception {
		return FormValues.of(body(editor.get(path + "/edit")), path);
	}

	private MvcResult post(String path, Map<String, Object> form) throws Exception {
		return editor.post(path, form);
	}

	private static Map<String, Object> with(Map<String, Object> form, String field, String value) {
		Map<String, Object> changed = new LinkedHashMap<>(form);
		changed.put(field, value);
		return changed;
	}

	private String column(String table, String column, long id) {
		return jdbc.sql("select " + column + " from " + table + " where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
