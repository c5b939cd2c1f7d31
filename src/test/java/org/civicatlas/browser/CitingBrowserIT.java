package org.civicatlas.browser;

import java.io.StringReader;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader cites an article (the BibTeX file parses) and follows a figure to its
 * highlighted source line.
 */
@BrowserTest
class CitingBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBibtexDownloadOfAnArticleParses(Browser browser) throws Exception {
		long id = jdbc.sql("select id from article where status = 'PUBLISHED' order by id limit 1")
			.query(Long.class)
			.single();
		browser.open("/articles/" + id).follow(By.id("cite-article"));
		assertThat(browser.text(By.id("gbt7714"))).contains("[DB/OL]").contains("/articles/" + id);
		String href = browser.find(By.id("cite-bib")).getAttribute("href");
		// what the download link delivers, fetched by the page itself as the browser
		// would save it
		String bibtex = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
				href);
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		BibTeXEntry entry = database.resolveEntry(new Key("civicatlas-article-" + id));
		assertThat(entry).isNotNull();
		assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).endsWith("/articles/" + id);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aFiguresSourceLineOpensHighlighted(Browser browser) {
		long article = jdbc.sql("""
				select m.article_id from metric m join article a on a.id = m.article_id and a.status = 'PUBLISHED'
				 where m.source_line is not null order by m.id limit 1""").query(Long.class).single();
		browser.open("/articles/" + article).follow(By.cssSelector("a.figure-source-line"));
		assertThat(browser.path()).contains("/source?line=");
		assertThat(browser.find(By.cssSelector("tr.source-focus mark.source-focus-text")).isDisplayed()).isTrue();
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
