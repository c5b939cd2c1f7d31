package org.civicatlas.browser;

import java.io.IOException;
import java.util.List;

import org.civicatlas.quality.Axe;
import org.civicatlas.support.AdminSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader searches in English and finds the 乡贤 programs, reports a problem that an
 * editor then finds in the queue, and follows the home page to where a type of program
 * spread (issue 13). Each page is checked with axe and saved at phone and desktop size,
 * as {@link AdminScreenshotsBrowserIT} does.
 */
@BrowserTest
class ReadersBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdminSession sessions;

	@Test
	void anEnglishSearchForVillageSagesFinds乡贤Programs(Browser browser) throws IOException {
		browser.open("/search?lang=en");
		browser.fill(By.id("search-q"), "village sages");
		browser.find(By.id("search-q")).sendKeys(Keys.ENTER);
		browser.waitUntil(driver -> !driver.findElements(By.id("search-summary")).isEmpty());
		assertThat(browser.text(By.id("search-translated"))).contains("乡贤");
		List<Long> found = browser.driver()
			.findElements(By.cssSelector("ol[aria-labelledby=search-programs] h3 a"))
			.stream()
			.map(link -> Long.parseLong(link.getAttribute("href").replaceFirst(".*/programs/(\\d+).*", "$1")))
			.toList();
		List<Long> named = jdbc.sql("""
				select id from program where status = 'PUBLISHED' and merged_into is null and name like '%乡贤%'""")
			.query(Long.class)
			.list();
		assertThat(named).isNotEmpty();
		assertThat(found).containsAnyElementsOf(named);
		assertThat(Axe.seriousViolations(browser)).isEmpty();

		long program = found.stream().filter(named::contains).findFirst().orElseThrow();
		browser.follow(By.cssSelector("ol[aria-labelledby=search-programs] a[href$='/programs/" + program + "']"));
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.text(By.tagName("h1"))).contains("乡贤");
		assertThat(Axe.seriousViolations(browser)).isEmpty();
		AdminScreenshotsBrowserIT.shoot(browser, "program-english");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aProblemReportReachesTheEditorsQueue(Browser browser) throws IOException {
		long article = jdbc.sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
		String message = "浏览器测试：第二段的金额应为5万元。";
		try {
			browser.open("/articles/" + article)
				.follow(By.cssSelector("a[href='/reports/new?kind=article&id=" + article + "']"));
			assertThat(browser.find(By.id("report-target")).getAttribute("href")).endsWith("/articles/" + article);
			assertThat(Axe.seriousViolations(browser)).isEmpty();
			AdminScreenshotsBrowserIT.shoot(browser, "report-form");
			browser.click(By.cssSelector("label[for=category-FIGURE]"))
				.fill(By.id("message"), message)
				.follow(By.cssSelector("#report-form button[type=submit]"));
			assertThat(browser.path()).isEqualTo("/reports/sent?kind=article&id=" + article);
			assertThat(browser.find(By.id("report-sent")).isDisplayed()).isTrue();

			sessions.ensureAccounts();
			new EditorSteps(browser).signIn(AdminSession.EDITOR, AdminSession.PASSWORD);
			browser.open("/admin/reports");
			assertThat(browser.driver().findElements(By.cssSelector("#reports p.report-message")))
				.extracting(WebElement::getText)
				.contains(message);
			WebElement row = browser.find(By.xpath("//table[@id='reports']//tr[.//p[contains(@class, 'report-message')"
					+ " and normalize-space() = '" + message + "']]"));
			assertThat(row.findElement(By.cssSelector("a[lang=zh-CN]")).getAttribute("href"))
				.endsWith("/articles/" + article);
			assertThat(Axe.seriousViolations(browser)).isEmpty();
			AdminScreenshotsBrowserIT.shoot(browser, "admin-reports");
			assertThat(browser.consoleErrors()).isEmpty();
			resolveWithAFix(browser, article, message);
		}
		finally {
			jdbc.sql("delete from problem_report where message = :message").param("message", message).update();
			jdbc.sql("update article set headline_en = null where id = :id").param("id", article).update();
		}
	}

	/**
	 * The editor answers the report by giving the article an English headline, resolves
	 * the report with that change as its fix, and finds each linked from the other: the
	 * report from the history, the history from the report. English readers see the
	 * headline.
	 */
	private void resolveWithAFix(Browser browser, long article, String message) throws IOException {
		String english = "Browser test: village sages build a happier community";
		browser.open("/admin/articles/" + article + "/edit")
			.fill(By.id("headlineEn"), english)
			.follow(EditorSteps.submitOf("/admin/articles/" + article));
		int rev = jdbc.sql("select max(rev) from article_aud where id = :id")
			.param("id", article)
			.query(Integer.class)
			.single();
		long report = jdbc.sql("select id from problem_report where message = :message")
			.param("message", message)
			.query(Long.class)
			.single();
		browser.open("/admin/reports");
		WebElement fix = browser.find(By.cssSelector("#report-" + report + " input[name=fix][value='" + rev + "']"));
		assertThat(fix.isSelected()).isTrue();
		assertThat(Axe.seriousViolations(browser)).isEmpty();
		browser.follow(By.cssSelector("#report-" + report + " fieldset.report-changes + button"));
		assertThat(jdbc.sql("select rev from problem_report_fix where report_id = :id")
			.param("id", report)
			.query(Integer.class)
			.list()).containsExactly(rev);

		browser.open("/admin/reports?status=RESOLVED")
			.follow(By.cssSelector("#report-" + report + " .report-fixes a[href$='#rev-" + rev + "']"));
		assertThat(browser.path()).isEqualTo("/admin/history/article/" + article);
		browser.follow(By.cssSelector("#rev-" + rev + " a.history-report[href='/admin/reports/" + report + "']"));
		assertThat(browser.path()).isEqualTo("/admin/reports/" + report);
		assertThat(browser.text(By.cssSelector("#report-" + report + " .report-fixes"))).contains(String.valueOf(rev));
		assertThat(Axe.seriousViolations(browser)).isEmpty();
		AdminScreenshotsBrowserIT.shoot(browser, "admin-report-fixed");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.open("/admin/reports/" + report + "?lang=en");
		assertThat(browser.text(By.cssSelector("#report-" + report + " .report-fixes"))).startsWith("Fixed by:");
		assertThat(Axe.seriousViolations(browser)).isEmpty();

		browser.open("/articles/" + article + "?lang=en");
		assertThat(browser.text(By.tagName("h1"))).endsWith("(" + english + ")");
		// a meta element is never visible: read it without waiting for it to show
		assertThat(browser.driver().findElement(By.cssSelector("meta[property='og:image']")).getAttribute("content"))
			.endsWith("/articles/" + article + "/card.png");
		assertThat(Axe.seriousViolations(browser)).isEmpty();
		AdminScreenshotsBrowserIT.shoot(browser, "article-english");
	}

	@Test
	void theHomePageLeadsToTheSpreadOfAType(Browser browser) throws IOException {
		browser.open("/").follow(By.id("spread-link"));
		assertThat(browser.path()).startsWith("/spread?type=");
		String type = browser.path().replaceFirst(".*type=([^&]+).*", "$1");
		assertThat(browser.find(By.cssSelector("figure.atlas-map svg")).isDisplayed()).isTrue();
		List<String> listed = browser.driver()
			.findElements(By.cssSelector("#spread-timeline > li"))
			.stream()
			.map(item -> item.getAttribute("id").replaceFirst("first-", ""))
			.toList();
		// the districts and townships where a published program of the type runs that a
		// published article reports
		List<String> places = jdbc.sql("""
				select distinct code from program p
				  join article_program ap on ap.program_id = p.id
				  join article a on a.id = ap.article_id and a.status = 'PUBLISHED'
				  cross join lateral (values (p.district_code), (p.township_code)) as c(code)
				 where p.status = 'PUBLISHED' and p.merged_into is null and code is not null
				   and exists (select 1 from program_subtype_link l join program_subtype s on s.key = l.subtype_key
				                where l.program_id = p.id and s.type_key = :type)
				 order by 1""").param("type", type).query(String.class).list();
		assertThat(places).isNotEmpty();
		assertThat(listed).containsExactlyInAnyOrderElementsOf(places);
		// every entry names its place with a link to it
		assertThat(browser.driver().findElements(By.cssSelector("#spread-timeline > li > a[href^='/places/']")))
			.extracting(WebElement::getText)
			.hasSize(places.size())
			.allMatch(name -> !name.isBlank());
		assertThat(Axe.seriousViolations(browser)).isEmpty();
		AdminScreenshotsBrowserIT.shoot(browser, "spread-timeline");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
