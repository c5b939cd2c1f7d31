package org.civicatlas.browser;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.civicatlas.quality.Axe;
import org.civicatlas.support.AdminSession;
import org.civicatlas.support.CleansUp;
import org.civicatlas.support.Http;
import org.civicatlas.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.browser.EditorSteps.submitOf;

/**
 * An editor's work in Chromium on the real server, through the pages' own forms: sign in,
 * edit a program and see it on its public page, two editors saving the same program,
 * merging two programs, bringing a page in through the review queue, signing out. Every
 * flow works on records it creates and deletes them afterwards ({@link TestRecords}).
 */
@BrowserTest
@CleansUp
class EditorFlowBrowserIT {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	@Autowired
	MessageSource messages;

	@Test
	void anEditorEditsAProgramSeesItOnThePublicPageAndSignsOut(Browser browser) {
		EditorSteps editor = new EditorSteps(browser).signIn(AdminSession.EDITOR, AdminSession.PASSWORD);
		long id = editor.createProgram("浏览器测试项目", "第一版说明");
		browser.open("/programs/" + id);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("浏览器测试项目");
		assertThat(browser.text(By.id("program-description"))).isEqualTo("第一版说明");

		String description = "第二版说明 <b>不是标签</b>";
		browser.open("/admin/programs/" + id + "/edit")
			.fill(By.id("description"), description)
			.follow(submitOf("/admin/programs/" + id));
		assertThat(browser.text(By.id("notice"))).isEqualTo(message("editing.saved"));
		browser.open("/programs/" + id);
		assertThat(browser.text(By.id("program-description"))).isEqualTo(description);
		assertThat(browser.driver().findElements(By.cssSelector("#program-description b"))).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();

		browser.open("/admin");
		editor.signOut();
		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo(message("admin.login.signedOut"));
		browser.open("/admin/programs/" + id + "/edit");
		assertThat(browser.path()).isEqualTo("/admin/login");
	}

	@Test
	void aSecondEditorsStaleSaveShowsTheConflictAndOverwritesOnlyOnPurpose(Browser browser) throws IOException {
		long id = new EditorSteps(browser).signIn(AdminSession.EDITOR, AdminSession.PASSWORD)
			.createProgram("浏览器冲突测试项目", "原来的说明");
		browser.open("/admin/programs/" + id + "/edit");
		try (Browser other = browser.another()) {
			new EditorSteps(other).signIn(AdminSession.ADMIN, AdminSession.PASSWORD);
			other.open("/admin/programs/" + id + "/edit")
				.fill(By.id("description"), "管理员的说明")
				.follow(submitOf("/admin/programs/" + id));
			assertThat(other.text(By.id("notice"))).isEqualTo(message("editing.saved"));
		}

		// the editor's form still carries the version before the other save
		browser.fill(By.id("description"), "编辑的说明").follow(submitOf("/admin/programs/" + id));
		assertThat(browser.text(By.cssSelector("#conflict h2"))).isEqualTo(message("editing.conflict.heading"));
		WebElement row = browser.find(By.cssSelector("#conflict tr[data-field='editing.program.description']"));
		assertThat(row.findElement(By.className("conflict-current")).getText()).isEqualTo("管理员的说明");
		assertThat(row.findElement(By.className("conflict-yours")).getText()).isEqualTo("编辑的说明");
		assertThat(browser.find(By.id("description")).getDomProperty("value")).isEqualTo("编辑的说明");
		assertThat(description(id)).isEqualTo("管理员的说明");
		assertThat(Axe.seriousViolations(browser)).as("axe on the conflict view").isEmpty();

		// saving again applies the editor's values over the current version, on purpose
		browser.follow(submitOf("/admin/programs/" + id));
		assertThat(browser.text(By.id("notice"))).isEqualTo(message("editing.saved"));
		assertThat(description(id)).isEqualTo("编辑的说明");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void mergingAfterThePreviewMovesTheArticlesRedirectsAndUndoingPutsEveryLinkBack(Browser browser) {
		EditorSteps editor = new EditorSteps(browser).signIn(AdminSession.EDITOR, AdminSession.PASSWORD);
		long old = editor.createProgram("浏览器测试旧项目", "将被并入");
		long survivor = editor.createProgram("浏览器测试新项目", "保留下来");
		long article = jdbc.sql("select id from article where status = 'PUBLISHED' order by id limit 1")
			.query(Long.class)
			.single();
		String headline = jdbc.sql("select headline from article where id = :id")
			.param("id", article)
			.query(String.class)
			.single();
		// the link goes with the test's programs when they are deleted (on delete
		// cascade)
		jdbc.sql("insert into article_program (article_id, program_id) values (:article, :program)")
			.param("article", article)
			.param("program", old)
			.update();

		// the target is found by typing its name; its preview shows what moves and
		// changes nothing
		browser.open("/admin/programs/" + old + "/merge");
		browser.htmxSwap(() -> browser.fill(By.id("merge-q"), "浏览器测试新"));
		browser.follow(By.cssSelector("#merge-targets a[href*='target=" + survivor + "']"));
		assertThat(browser.text(By.id("merge-articles"))).isEqualTo(headline);
		assertThat(browser.text(By.id("merge-aliases"))).isEqualTo("浏览器测试旧项目");
		assertThat(programsOf(article)).as("the preview moves nothing").contains(old).doesNotContain(survivor);
		assertThat(Axe.seriousViolations(browser)).as("axe on the merge preview").isEmpty();
		browser.follow(submitOf("/admin/programs/" + old + "/merge"));
		assertThat(browser.path()).isEqualTo("/admin/programs/" + survivor + "/edit");
		assertThat(browser.text(By.id("notice"))).isEqualTo(message("editing.merge.done", "浏览器测试旧项目", 1, 0));
		for (String page : List.of("/admin/programs/" + old + "/edit", "/admin/programs/" + old + "/merge")) {
			assertThat(browser.open(page).text(By.cssSelector(".alert-info a"))).as(page).isEqualTo("浏览器测试新项目");
			assertThat(Axe.seriousViolations(browser)).as("axe on %s", page).isEmpty();
		}

		browser.open("/programs/" + old);
		assertThat(browser.path()).isEqualTo("/programs/" + survivor);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("浏览器测试新项目");
		assertThat(browser.text(By.id("program-aliases"))).contains("浏览器测试旧项目");
		assertThat(browser.find(By.id("program-articles")).findElements(By.tagName("a")))
			.extracting(WebElement::getText)
			.containsExactly(headline);
		assertThat(browser.consoleErrors()).isEmpty();

		// undone as one step from the survivor's form: every link back where it was
		browser.open("/admin/programs/" + survivor + "/edit");
		browser.follow(By.cssSelector("#merges button[type=submit]"));
		assertThat(browser.path()).isEqualTo("/admin/programs/" + old + "/edit");
		assertThat(browser.text(By.id("notice"))).isEqualTo(message("editing.merge.undone", "浏览器测试旧项目", 1, 0));
		assertThat(programsOf(article)).contains(old).doesNotContain(survivor);
		assertThat(jdbc.sql("select array_to_string(aliases, '|') from program where id = :id")
			.param("id", survivor)
			.query(String.class)
			.single()).isEmpty();
		browser.open("/programs/" + old);
		assertThat(browser.path()).isEqualTo("/programs/" + old);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("浏览器测试旧项目");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private List<Long> programsOf(long article) {
		return jdbc.sql("select program_id from article_program where article_id = :id")
			.param("id", article)
			.query(Long.class)
			.list();
	}

	@Test
	void anUploadedPageIsReviewedPublishedAndThenPublic(Browser browser) {
		long page = new EditorSteps(browser).signIn(AdminSession.EDITOR, AdminSession.PASSWORD)
			.upload("review-beihai.txt");
		List<Long> drafts = jdbc.sql("select id from article where source_page_id = :page order by position")
			.param("page", page)
			.query(Long.class)
			.list();
		assertThat(drafts).isNotEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("article[id^='article-']"))).hasSize(drafts.size());
		List<String> headlines = drafts.stream()
			.map(id -> browser.text(By.cssSelector("#article-" + id + " h3 span + span")))
			.toList();
		drafts.forEach(
				id -> assertThat(http.get("/articles/" + id).statusCode()).as("draft %d in public", id).isEqualTo(404));
		assertThat(Axe.seriousViolations(browser)).as("axe on the review of a page").isEmpty();

		for (long draft : drafts) {
			browser.follow(submitOf("/admin/pages/" + page + "/articles/" + draft + "/accept"));
			assertThat(browser.text(By.cssSelector("#article-" + draft + " p .badge")))
				.isEqualTo(message("ingest.decision.accepted"));
		}
		browser.follow(submitOf("/admin/pages/" + page + "/publish"));
		assertThat(browser.text(By.id("page-status"))).isEqualTo(message("ingest.page.status.PUBLISHED"));

		for (int i = 0; i < drafts.size(); i++) {
			browser.open("/articles/" + drafts.get(i));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo(headlines.get(i));
		}
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private String description(long program) {
		return jdbc.sql("select description from program where id = :id")
			.param("id", program)
			.query(String.class)
			.single();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

}
