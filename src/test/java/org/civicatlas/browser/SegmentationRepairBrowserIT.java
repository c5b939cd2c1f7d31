package org.civicatlas.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.civicatlas.quality.Axe;
import org.civicatlas.support.AdminSession;
import org.civicatlas.support.CleansUp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.browser.EditorSteps.submitOf;

/**
 * Issue 10's repair in Chromium, through the review page's own forms: a synthetic page
 * (seed layout) whose second article came out merged into the first and whose first
 * article came out missing is split, given a new draft, a moved line, a wrong step and
 * its undo, then published; each article is found with exactly its text on its public
 * page. Screenshots for {@code docs/review.md}: the page before and after the repair.
 */
@BrowserTest
@CleansUp
class SegmentationRepairBrowserIT {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void anEditorSplitsMovesAndCreatesDraftsUntilEachArticleHasItsLines(Browser browser) throws IOException {
		long page = new EditorSteps(browser).signIn(AdminSession.EDITOR, AdminSession.PASSWORD)
			.upload("repair-merged.txt");
		assertThat(drafts(page)).hasSize(1);
		assertThat(browser.text(By.id("unassigned"))).contains(message("ingest.unassigned.count", 3));
		shoot(browser, "admin-repair-before", "unassigned");

		tick(browser, 15).follow(By.id("repair-split"));
		assertThat(drafts(page)).hasSize(2);
		tick(browser, 1, 3).follow(By.id("repair-draft"));
		List<Long> drafts = drafts(page);
		assertThat(drafts).hasSize(3);
		long missing = drafts.get(2);
		tick(browser, 5);
		new Select(browser.find(By.id("repair-target"))).selectByValue(Long.toString(missing));
		browser.follow(By.id("repair-move"));
		assertThat(browser.driver().findElements(By.id("unassigned"))).isEmpty();

		tick(browser, 21).follow(By.id("repair-discard")); // a slip: the line belongs to
															// the second article
		assertThat(browser.text(By.cssSelector("#line-21 td"))).contains(message("ingest.role.DISCARDED"));
		browser.follow(By.id("repair-undo"));
		assertThat(browser.text(By.cssSelector("#line-21 td"))).contains("A2", message("ingest.role.BODY"))
			.doesNotContain(message("ingest.role.DISCARDED"));
		assertThat(browser.driver().findElements(By.cssSelector("tr.repair-step"))).hasSize(4);
		assertThat(browser.driver().findElements(By.cssSelector("tr.repair-step .badge"))).hasSize(1);
		assertThat(Axe.seriousViolations(browser)).as("axe on the repaired page").isEmpty();
		shoot(browser, "admin-repair-after", "history");

		for (long draft : drafts) {
			browser.follow(submitOf("/admin/pages/" + page + "/articles/" + draft + "/accept"));
		}
		browser.follow(submitOf("/admin/pages/" + page + "/publish"));
		assertThat(browser.text(By.id("page-status"))).isEqualTo(message("ingest.page.status.PUBLISHED"));

		assertArticle(browser, drafts.get(0), "睦邻议事厅 议出幸福新北海", "商量老旧小区改造的下一步安排", "物业", "大均乡");
		assertArticle(browser, drafts.get(1), "府山社区三方携手，专治“小区病”", "三方协商机制", "议事厅", "大均乡");
		assertArticle(browser, missing, "景宁大均山村共富：小水电点亮新生活", "每季度都公示", "议事厅", "物业");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private void assertArticle(Browser browser, long id, String headline, String has, String... hasNot) {
		browser.open("/articles/" + id);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(headline);
		String text = browser.text(By.tagName("article"));
		assertThat(text).contains(has);
		for (String other : hasNot) {
			assertThat(text).as("article %d has no text of another article", id).doesNotContain(other);
		}
	}

	private static Browser tick(Browser browser, int... lines) {
		for (int line : lines) {
			browser.click(By.id("pick-" + line));
		}
		return browser;
	}

	private List<Long> drafts(long page) {
		return jdbc.sql("select id from article where source_page_id = :page order by position")
			.param("page", page)
			.query(Long.class)
			.list();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

	/**
	 * The review page at desktop size, scrolled to an element of it, for the
	 * documentation.
	 */
	private static void shoot(Browser browser, String name, String element) throws IOException {
		Path desktop = ScreenshotsBrowserIT.FOLDER.resolve(name + "-desktop.png");
		browser.desktop(1280, 900);
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()",
				element);
		browser.screenshot(desktop);
		assertThat(ScreenshotsBrowserIT.png(desktop)).as(desktop.toString()).isEqualTo(new int[] { 1280, 900 });
	}

}
