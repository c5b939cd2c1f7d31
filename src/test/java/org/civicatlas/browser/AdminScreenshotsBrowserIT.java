package org.civicatlas.browser;

import java.io.IOException;
import java.nio.file.Path;

import org.civicatlas.support.AdminSession;
import org.civicatlas.support.CleansUp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.browser.EditorSteps.submitOf;

/**
 * Phone and desktop screenshots of the admin side for {@code docs/admin.md}, in Chinese:
 * the sign-in page, a page in the review queue and its review, an article form showing
 * the conflict view and its pickers, a record's history with a change (old → new, a
 * marked character of the body), a revert's preview, a merge's search and preview, and
 * the dashboard. The test makes those states as two editors would (an upload, two saves
 * of the same article) and deletes them after.
 */
@BrowserTest
@CleansUp
class AdminScreenshotsBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdminSideOnAPhoneAndADesktop(Browser browser) throws IOException {
		shoot(browser.open("/admin/login"), "admin-login");

		EditorSteps editor = new EditorSteps(browser).signIn(AdminSession.EDITOR, AdminSession.PASSWORD);
		long page = editor.upload("review-beihai.txt");
		shoot(browser, "admin-page-review");
		shoot(browser.open("/admin/pages"), "admin-pages");

		long article = jdbc.sql("select id from article where source_page_id = :page order by position limit 1")
			.param("page", page)
			.query(Long.class)
			.single();
		browser.open("/admin/articles/" + article + "/edit");
		try (Browser other = browser.another()) {
			new EditorSteps(other).signIn(AdminSession.ADMIN, AdminSession.PASSWORD);
			other.open("/admin/articles/" + article + "/edit")
				.fill(By.id("subhead"), "北海街道12个社区推出睦邻议事厅")
				.follow(submitOf("/admin/articles/" + article));
		}
		browser.fill(By.id("subhead"), "越城区北海街道：居民的事居民商量着办").follow(submitOf("/admin/articles/" + article));
		browser.find(By.id("conflict"));
		shoot(browser, "admin-article-conflict");

		browser.follow(submitOf("/admin/articles/" + article)); // saves over the other
																// save, on purpose
		int revision = jdbc.sql("select max(rev) from article_aud where id = :id")
			.param("id", article)
			.query(Integer.class)
			.single();
		// one character of the body changed: the history marks that character, in its
		// paragraph
		String body = browser.find(By.id("body")).getDomProperty("value");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.find(By.id("body")), body.substring(0, 40) + "，" + body.substring(41));
		browser.follow(submitOf("/admin/articles/" + article));
		shoot(browser.open("/admin/history/article/" + article), "admin-history-diff");
		shoot(browser.open("/admin/history/article/" + article + "/revert/" + revision), "admin-history-revert");

		// the pickers: a township found by typing its name, the linked programs ticked
		browser.open("/admin/articles/" + article + "/edit")
			.htmxSwap(() -> browser.fill(By.id("townships-query"), "山"));
		shoot(browser, "admin-article-pickers", "townships");

		// a merge: the target found by name, then what would move
		long program = jdbc.sql("select program_id from article_program where article_id = :id")
			.param("id", article)
			.query(Long.class)
			.single();
		shoot(browser.open("/admin/programs/" + program + "/merge?q=议事"), "admin-program-merge-search");
		browser.follow(By.cssSelector("#merge-targets a"));
		shoot(browser, "admin-program-merge-preview");
		shoot(browser.open("/admin"), "admin-dashboard");
	}

	static void shoot(Browser browser, String name) throws IOException {
		shoot(browser, name, "conflict");
	}

	/**
	 * The current page at phone then desktop size, without reloading it (a POST's answer
	 * cannot be reloaded); on the phone, scrolled to the element with the id
	 * {@code focus} when there is one.
	 */
	private static void shoot(Browser browser, String name, String focus) throws IOException {
		Path phone = ScreenshotsBrowserIT.FOLDER.resolve(name + "-phone.png");
		Path desktop = ScreenshotsBrowserIT.FOLDER.resolve(name + "-desktop.png");
		browser.phone(375, 812);
		scrollTo(browser, focus);
		browser.screenshot(phone);
		browser.desktop(1280, 900);
		((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
		browser.screenshot(desktop);
		assertThat(ScreenshotsBrowserIT.png(phone)).as(phone.toString()).isEqualTo(new int[] { 375, 812 });
		assertThat(ScreenshotsBrowserIT.png(desktop)).as(desktop.toString()).isEqualTo(new int[] { 1280, 900 });
	}

	/**
	 * On a phone the conflict view or a picker is below the fold: bring it up. Other
	 * pages are shown from their top.
	 */
	private static void scrollTo(Browser browser, String focus) {
		((JavascriptExecutor) browser.driver()).executeScript("""
				const element = document.getElementById(arguments[0]);
				if (element) { element.scrollIntoView(); } else { window.scrollTo(0, 0); }""", focus);
	}

}
