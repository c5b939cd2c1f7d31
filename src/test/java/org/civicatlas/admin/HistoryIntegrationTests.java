package org.civicatlas.admin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicatlas.article.Article;
import org.civicatlas.program.Program;
import org.civicatlas.support.AdminSession;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made through the places form shows up in the history with who, when and the
 * field's old and new value, and a revert restores it (which restores the shared test
 * data too).
 */
@PortalTest
@Import(AdminSession.class)
class HistoryIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final Pattern REVERT = Pattern.compile("href=\"(/admin/history/township/330602004/revert/(\\d+))\"");

	@Autowired
	AdminSession session;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	void anEditIsRecordedWithWhoWhenAndTheFieldDiffAndRevertRestoresIt() {
		AdminSession.Browser editor = session.editor();
		String original = nameEn("330602004");
		HttpResponse<String> form = editor.get("/admin/places/330602004");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("北海街道").contains("330602004").contains("value=\"" + original + "\"");
		HttpResponse<String> saved = editor.post("/admin/places/330602004",
				Map.of("nameEn", "Beihai <Test> Subdistrict", "aliases", "北海\n北海街道", "version", version(form.body())));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(editor.get("/admin/places/330602004").body()).contains("已保存");
		assertThat(nameEn("330602004")).isEqualTo("Beihai <Test> Subdistrict");

		statements.reset();
		HttpResponse<String> history = editor.get("/admin/history/township/330602004");
		long historyStatements = statements.count();
		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(history.body()).contains(AdminSession.EDITOR)
			.contains("英文名")
			.contains(original)
			.contains("Beihai &lt;Test&gt; Subdistrict")
			.contains("北海 · 北海街道")
			.contains("<time datetime=");
		// one more since issue 13 (8): the readers' reports the shown revisions fixed
		assertThat(historyStatements).as("statements of a record's history").isLessThanOrEqualTo(4);

		statements.reset();
		HttpResponse<String> recent = editor.get("/admin/history");
		assertThat(statements.count()).as("statements of the recent changes").isLessThanOrEqualTo(1);
		assertThat(recent.body()).contains("href=\"/admin/history/township/330602004\"").contains(AdminSession.EDITOR);
		assertThat(session.editor().get("/admin/history?lang=en").body()).contains("<h1 class=\"h3\">History</h1>")
			.contains("Township");

		Matcher revert = REVERT.matcher(history.body());
		assertThat(revert.find()).as("a revert link for the revision before the edit").isTrue();
		// the preview shows what the revert changes, and changes nothing itself
		HttpResponse<String> preview = editor.get(revert.group(1));
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("id=\"revert-preview\"", "Beihai &lt;Test&gt; Subdistrict", original,
				"action=\"" + revert.group(1) + "\"");
		assertThat(nameEn("330602004")).isEqualTo("Beihai <Test> Subdistrict");
		HttpResponse<String> reverted = editor.post(revert.group(1), Map.of("version", version(preview.body())));
		assertThat(reverted.statusCode()).isEqualTo(302);
		assertThat(nameEn("330602004")).isEqualTo(original);
		HttpResponse<String> after = editor.get("/admin/history/township/330602004");
		assertThat(after.body()).contains("已恢复").contains("第 " + revert.group(2) + " 版");
		assertThat(jdbc.sql("select count(*) from township_aud where code = '330602004'").query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void aStaleRevertChangesNothing() {
		AdminSession.Browser editor = session.editor();
		String code = jdbc.sql("select min(code) from township where district_code = '330602' and code <> '330602004'")
			.query(String.class)
			.single();
		String original = nameEn(code);
		String version = version(editor.get("/admin/places/" + code).body());
		editor.post("/admin/places/" + code,
				Map.of("nameEn", "Stale Test", "aliases", aliases(code), "version", version));
		HttpResponse<String> stale = editor.post("/admin/history/township/" + code + "/revert/1",
				Map.of("version", version));
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(editor.get("/admin/history/township/" + code).body()).contains("这条记录刚被其他人修改过");
		assertThat(nameEn(code)).isEqualTo("Stale Test");
		String current = version(editor.get("/admin/places/" + code).body());
		editor.post("/admin/history/township/" + code + "/revert/1", Map.of("version", current));
		assertThat(nameEn(code)).isEqualTo(original);
	}

	@Test
	void aStalePlaceFormShowsTheConflictAndKeepsTheSavedValue() {
		AdminSession.Browser editor = session.editor();
		String original = nameEn("3306");
		String version = version(editor.get("/admin/places/3306").body());
		String aliases = aliases("3306");
		editor.post("/admin/places/3306", Map.of("nameEn", "Shaoxing First", "aliases", aliases, "version", version));
		HttpResponse<String> stale = editor.post("/admin/places/3306",
				Map.of("nameEn", "Shaoxing Second", "aliases", aliases, "version", version));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("id=\"conflict\"").contains("Shaoxing First").contains("Shaoxing Second");
		assertThat(nameEn("3306")).isEqualTo("Shaoxing First");
		editor.post("/admin/places/3306",
				Map.of("nameEn", original, "aliases", aliases, "version", version(stale.body())));
		assertThat(nameEn("3306")).isEqualTo(original);
	}

	@Test
	void placeFormValidatesAndRejectsBadCodes() {
		AdminSession.Browser editor = session.editor();
		HttpResponse<String> tooLong = editor.post("/admin/places/330602", Map.of("nameEn", "x".repeat(81), "aliases",
				aliases("330602"), "version", version(editor.get("/admin/places/330602").body())));
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(tooLong.body()).contains("英文名不能超过 80 个字符").contains("is-invalid");
		assertThat(editor.get("/admin/places/abc").statusCode()).isEqualTo(400);
		assertThat(editor.get("/admin/places/3399").statusCode()).isEqualTo(404);
		assertThat(editor.get("/admin/places?q=" + "x".repeat(61)).statusCode()).isEqualTo(400);
	}

	@Test
	void placeSearchFindsAllLevelsWithOneStatement() {
		AdminSession.Browser editor = session.editor();
		statements.reset();
		HttpResponse<String> found = editor.get("/admin/places?q=%E5%8C%97%E6%B5%B7");
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		assertThat(found.body()).contains("href=\"/admin/places/330602004\"");
		HttpResponse<String> cities = editor.get("/admin/places?lang=en");
		assertThat(cities.body()).contains("href=\"/admin/places/3306\"").contains("Place names");
		assertThat(editor.get("/admin/places?q=%3Cscript%3E").body()).doesNotContain("<script>");
	}

	@Test
	void articlesAndProgramsWithTheirCollectionsShowTheirHistoryAndRevert() {
		long article = jdbc.sql("""
				select a.id from article a
				where exists (select 1 from article_village v where v.article_id = a.id)
				  and exists (select 1 from article_township t where t.article_id = a.id)
				  and exists (select 1 from article_program p where p.article_id = a.id)
				order by a.id limit 1""").query(Long.class).single();
		long program = jdbc.sql("select min(program_id) from program_subtype_link").query(Long.class).single();
		String before = state(article, program);
		// the content forms are another module's: change a field and a collection of each
		// the way a save would
		transactions.executeWithoutResult(status -> {
			Article a = entityManager.find(Article.class, article);
			ReflectionTestUtils.setField(a, "subhead", "History test subhead");
			Set<?> townships = (Set<?>) ReflectionTestUtils.getField(a, "townships");
			townships.remove(townships.iterator().next());
			Program p = entityManager.find(Program.class, program);
			ReflectionTestUtils.setField(p, "description", "History test description");
			((List<?>) ReflectionTestUtils.getField(p, "subtypeKeys")).remove(0);
		});
		assertThat(state(article, program)).isNotEqualTo(before);

		AdminSession.Browser editor = session.editor();
		for (String record : List.of("article/" + article, "program/" + program)) {
			statements.reset();
			HttpResponse<String> history = editor.get("/admin/history/" + record);
			// two statements more than the audit rows: the names of the places and
			// programs the history shows, and the readers' reports its revisions fixed
			assertThat(statements.count()).as("statements of " + record).isLessThanOrEqualTo(7);
			assertThat(history.statusCode()).isEqualTo(200);
			assertThat(history.body()).contains("system").contains("创建").contains("History test");
			Matcher revert = Pattern.compile("href=\"(/admin/history/" + record + "/revert/\\d+)\"")
				.matcher(history.body());
			assertThat(revert.find()).isTrue();
			String preview = editor.get(revert.group(1)).body();
			assertThat(state(article, program)).as("the preview changes nothing").isNotEqualTo(before);
			HttpResponse<String> reverted = editor.post(revert.group(1), Map.of("version", version(preview)));
			assertThat(reverted.statusCode()).isEqualTo(302);
			assertThat(editor.get("/admin/history/" + record).body()).contains("已恢复").doesNotContain("alert-danger");
		}
		assertThat(state(article, program)).isEqualTo(before);
	}

	@Test
	void historyOfUnknownOrMalformedRecords() {
		AdminSession.Browser editor = session.editor();
		assertThat(editor.get("/admin/history/planet/1").statusCode()).isEqualTo(404);
		assertThat(editor.get("/admin/history/township/abc").statusCode()).isEqualTo(400);
		assertThat(editor.get("/admin/history/township/339999999").statusCode()).isEqualTo(404);
		assertThat(editor.get("/admin/history/user/1").statusCode()).isEqualTo(403);
		assertThat(session.admin().get("/admin/history/program/1").statusCode()).isEqualTo(200);
	}

	@Test
	void dashboardCountsWhatTheDatabaseHoldsWithAFixedNumberOfStatements() {
		AdminSession.Browser editor = session.editor();
		statements.reset();
		HttpResponse<String> dashboard = editor.get("/admin");
		assertThat(statements.count()).as("statements of the dashboard").isLessThanOrEqualTo(3);
		long published = jdbc.sql("select count(*) from article where status = 'PUBLISHED'").query(Long.class).single();
		assertThat(published).isPositive();
		assertThat(dashboard.body()).contains("id=\"count-published-articles\">" + published + "<")
			.contains("待审核的版面")
			.contains("最近的修改");
		for (String link : List.of("/admin/pages", "/admin/articles", "/admin/programs", "/admin/metrics",
				"/admin/places", "/admin/history")) {
			assertThat(dashboard.body()).contains("href=\"" + link + "\"");
		}
		assertThat(editor.get("/admin?lang=en").body()).contains("published articles");
	}

	private String state(long article, long program) {
		return jdbc
			.sql("""
					select (select coalesce(subhead, '') from article where id = :a)
					    || '|' || (select coalesce(description, '') from program where id = :p)
					    || '|' || (select coalesce(string_agg(township_code, ',' order by township_code), '') from article_township where article_id = :a)
					    || '|' || (select coalesce(string_agg(name || '=' || coalesce(village_code, ''), ',' order by name), '') from article_village where article_id = :a)
					    || '|' || (select coalesce(string_agg(program_id::text, ',' order by program_id), '') from article_program where article_id = :a)
					    || '|' || (select coalesce(string_agg(position || ':' || subtype_key, ',' order by position), '') from program_subtype_link where program_id = :p)""")
			.param("a", article)
			.param("p", program)
			.query(String.class)
			.single();
	}

	private String nameEn(String code) {
		return jdbc.sql("select coalesce(name_en, '') from " + table(code) + " where code = ?")
			.param(code)
			.query(String.class)
			.single();
	}

	private String aliases(String code) {
		return jdbc.sql("select array_to_string(aliases, E'\\n') from " + table(code) + " where code = ?")
			.param(code)
			.query(String.class)
			.single();
	}

	private static String table(String code) {
		return code.length() == 4 ? "city" : code.length() == 6 ? "district" : "township";
	}

	private static String version(String html) {
		Matcher matcher = VERSION.matcher(html);
		assertThat(matcher.find()).as("a version field").isTrue();
		return matcher.group(1);
	}

}
