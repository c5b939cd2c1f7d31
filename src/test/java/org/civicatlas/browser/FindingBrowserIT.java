package org.civicatlas.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader follows a byline to the reporter's page, and a mistyped search to its
 * correction (issue 13).
 */
@BrowserTest
class FindingBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBylineLeadsToTheAuthorsArticles(Browser browser) {
		long id = jdbc.sql("select min(id) from article where status = 'PUBLISHED' and '周静' = any (bylines)")
			.query(Long.class)
			.single();
		browser.open("/articles/" + id).follow(By.linkText("周静"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("周静的报道");
		assertThat(browser.driver().findElements(By.cssSelector("li.card"))).hasSize(4);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aTypoIsAnsweredWithASuggestionThatFinds(Browser browser) {
		browser.open("/search");
		browser.fill(By.id("search-q"), "调介");
		browser.find(By.id("search-q")).sendKeys(Keys.ENTER);
		browser.waitUntil(driver -> driver.findElements(By.id("search-suggestion")).size() == 1);
		browser.follow(By.cssSelector("#search-suggestion a"));
		assertThat(browser.text(By.id("search-summary"))).startsWith("“调解”").doesNotContain(" 0 条");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
