package org.civicatlas.browser;

import java.util.List;
import java.util.Locale;

import org.civicatlas.quality.Axe;
import org.civicatlas.support.AdminSession;
import org.civicatlas.support.CleansUp;
import org.civicatlas.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.browser.EditorSteps.submitOf;

/**
 * An editor's article form in Chromium with htmx: a township linked by typing its name, a
 * program added without losing the others, and a one-character change of a long body read
 * in the history as a one-character mark. Each flow works on a page it uploads
 * ({@link TestRecords}).
 */
@BrowserTest
@CleansUp
class EditorPickersBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void anEditorLinksATownshipByTypingItsName(Browser browser) {
		long article = uploadedArticle(browser);
		browser.open("/admin/articles/" + article + "/edit");
		browser.htmxSwap(() -> browser.fill(By.id("townships-query"), "府山"));
		WebElement found = browser.find(By.cssSelector("#townships-results label[for='townships-330602002']"));
		assertThat(found.getText()).contains("绍兴市 › 越城区 › 府山街道", "330602002");
		browser.click(By.id("townships-330602002"));
		// ticked, it joins the chosen ones, so that another search cannot drop it
		assertThat(browser.find(By.cssSelector("#townships-chosen #townships-330602002")).isSelected()).isTrue();
		browser.htmxSwap(() -> browser.fill(By.id("townships-query"), "稽山"));
		assertThat(Axe.seriousViolations(browser)).as("axe on the article form with results").isEmpty();
		browser.follow(submitOf("/admin/articles/" + article));
		assertThat(browser.text(By.id("notice"))).isEqualTo(message("editing.saved"));
		assertThat(townships(article)).containsExactly("330602002", "330602004");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void anEditorAddsAProgramWithoutLosingTheOthers(Browser browser) {
		long article = uploadedArticle(browser);
		long other = jdbc.sql("select min(id) from program where status = 'PUBLISHED' and merged_into is null")
			.query(Long.class)
			.single();
		jdbc.sql("insert into article_program (article_id, program_id) values (:article, :program)")
			.param("article", article)
			.param("program", other)
			.update();
		List<Long> linked = programs(article);
		assertThat(linked).hasSize(2);
		long added = jdbc.sql("""
				select min(id) from program where merged_into is null and status = 'PUBLISHED' and id <> all (:linked)
				   and name !~ '\\s'""").param("linked", linked.toArray(Long[]::new)).query(Long.class).single();
		String name = jdbc.sql("select name from program where id = :id")
			.param("id", added)
			.query(String.class)
			.single();

		browser.open("/admin/articles/" + article + "/edit");
		browser.htmxSwap(() -> browser.fill(By.id("programIds-query"), name));
		browser.click(By.id("programIds-" + added));
		browser.follow(submitOf("/admin/articles/" + article));
		assertThat(browser.text(By.id("notice"))).isEqualTo(message("editing.saved"));
		assertThat(programs(article)).containsExactlyInAnyOrder(linked.get(0), linked.get(1), added);
		assertThat(browser.driver().findElements(By.cssSelector("#programIds-chosen input:checked"))).hasSize(3);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aOneCharacterChangeOfALongBodyIsAOneCharacterMarkInTheHistory(Browser browser) {
		long article = uploadedArticle(browser);
		String body = "这是一段很长的正文，用来检查修改记录能否只标出改动的那一个字。".repeat(15) + "\n\n第二段保持不变，段落也应当保留。";
		setBody(browser, article, body);
		String changed = body.substring(0, 200) + "甲" + body.substring(201);
		setBody(browser, article, changed);

		browser.desktop(1280, 900).open("/admin/history/article/" + article);
		WebElement latest = browser.find(By.cssSelector("ol > li.card"));
		WebElement field = latest.findElement(By.cssSelector(".history-change[data-field='body']"));
		assertThat(field.findElements(By.cssSelector(".history-diff ins")))
			.extracting(mark -> mark.getDomProperty("textContent"))
			.containsExactly(message("admin.history.added") + "甲");
		assertThat(field.findElements(By.cssSelector(".history-diff del")))
			.extracting(mark -> mark.getDomProperty("textContent"))
			.containsExactly(message("admin.history.removed") + body.substring(200, 201));
		assertThat(field.findElements(By.cssSelector(".history-diff p"))).as("paragraphs kept").hasSize(2);
		assertThat(field.findElement(By.tagName("dt")).getSize().getWidth()).as("the field column on a desktop")
			.isGreaterThan(100);
		assertThat(browser.find(By.id("created")).getText()).contains(message("admin.kind.ADDED"));
		assertThat(Axe.seriousViolations(browser)).as("axe on the history").isEmpty();
		browser.phone(375, 812).open("/admin/history/article/" + article);
		assertThat(browser.find(By.cssSelector(".history-change[data-field='body'] dt")).getSize().getWidth())
			.as("the field name above its value on a phone")
			.isGreaterThan(250);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/** Saves the article's body through its form. */
	private void setBody(Browser browser, long article, String body) {
		browser.open("/admin/articles/" + article + "/edit");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.find(By.id("body")), body);
		browser.follow(submitOf("/admin/articles/" + article));
		assertThat(browser.text(By.id("notice"))).isEqualTo(message("editing.saved"));
	}

	private long uploadedArticle(Browser browser) {
		long page = new EditorSteps(browser).signIn(AdminSession.EDITOR, AdminSession.PASSWORD)
			.upload("review-beihai.txt");
		return jdbc.sql("select id from article where source_page_id = :page order by position limit 1")
			.param("page", page)
			.query(Long.class)
			.single();
	}

	private List<String> townships(long article) {
		return jdbc.sql("select township_code from article_township where article_id = :id order by township_code")
			.param("id", article)
			.query(String.class)
			.list();
	}

	private List<Long> programs(long article) {
		return jdbc.sql("select program_id from article_program where article_id = :id order by program_id")
			.param("id", article)
			.query(Long.class)
			.list();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
