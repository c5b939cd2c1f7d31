package org.civicatlas.article.admin;

import java.util.List;
import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.civicatlas.support.FormValues;
import org.civicatlas.system.Pinyin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * An editor gives an article an English headline (issue 13, item 4); English pages show
 * it wherever the headline appears, or the headline's pinyin without one, and Chinese
 * pages never. The article is the first of the test's own page, published through the
 * review queue.
 */
@EditingTest
@CleansUp
class ArticleEnglishHeadlineTests {

	private static final String ENGLISH = "Neighbours talk it over";

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	long article;

	String headline;

	long program;

	@BeforeEach
	void publish() throws Exception {
		long page = editor.uploadPage("review-beihai.txt");
		List<Long> articles = editor.articles(page);
		article = articles.get(0);
		decide(page, article, "accept");
		for (long other : articles.subList(1, articles.size())) {
			decide(page, other, "reject");
		}
		editor.follow(editor.post("/admin/pages/" + page + "/publish",
				Map.of("version", editor.version("source_page", page))));
		headline = jdbc.sql("select headline from article where id = :id")
			.param("id", article)
			.query(String.class)
			.single();
		program = editor.programOf(article);
	}

	@Test
	void anEnglishHeadlineIsSavedAndShownWhereverTheHeadlineIs() throws Exception {
		save("  " + ENGLISH + " ");
		assertThat(jdbc.sql("select headline_en from article where id = :id")
			.param("id", article)
			.query(String.class)
			.single()).isEqualTo(ENGLISH);
		String show = body(editor.getInEnglish("/articles/" + article));
		assertThat(show).contains("<title>" + HtmlUtils.htmlEscape(headline) + " (" + ENGLISH + ") · ")
			.contains(
					"<meta property=\"og:title\" content=\"" + HtmlUtils.htmlEscape(headline) + " (" + ENGLISH + ")\">")
			.contains("(" + ENGLISH + ")</span></h1>");
		assertThat(body(editor.getInEnglish("/articles"))).contains("(" + ENGLISH + ")");
		assertThat(body(editor.getInEnglish("/programs/" + program))).contains("(" + ENGLISH + ")");
		assertThat(body(editor.getInEnglish("/articles/" + article + "/source"))).contains(ENGLISH);
		assertThat(body(editor.getInEnglish("/search?q={q}", headline))).contains("(" + ENGLISH + ")");
		assertThat(body(editor.getInEnglish("/feed.atom")))
			.contains("<title>" + headline + " (" + ENGLISH + ")</title>");
		// the Chinese interface shows the headline as printed, and nothing of the English
		assertThat(body(editor.get("/articles/" + article))).doesNotContain(ENGLISH);
		assertThat(body(editor.get("/feed.atom"))).contains("<title>" + headline + "</title>").doesNotContain(ENGLISH);
	}

	@Test
	void withoutOneEnglishPagesShowThePinyin() throws Exception {
		save("");
		assertThat(jdbc.sql("select headline_en from article where id = :id")
			.param("id", article)
			.query(String.class)
			.optional()).isEmpty();
		String pinyin = Pinyin.spaced(headline);
		assertThat(pinyin).isNotBlank();
		assertThat(body(editor.getInEnglish("/articles/" + article))).contains("(" + pinyin + ")</span></h1>")
			.contains("<title>" + HtmlUtils.htmlEscape(headline) + " (" + pinyin + ") · ");
		assertThat(body(editor.getInEnglish("/articles"))).contains("(" + pinyin + ")");
		assertThat(body(editor.getInEnglish("/programs/" + program))).contains("(" + pinyin + ")");
		assertThat(body(editor.get("/articles/" + article))).doesNotContain(pinyin);
	}

	@Test
	void anOverlongEnglishHeadlineIsAFieldErrorAndChangesNothing() throws Exception {
		long version = editor.version("article", article);
		String page = body(editor.post("/admin/articles/" + article, form("x".repeat(301))));
		assertThat(page).contains("太长了：最多 300 个字符。", "id=\"headlineEn-error\"");
		assertThat(editor.version("article", article)).isEqualTo(version);
	}

	@Test
	void theOpenDataCarriesTheEnglishHeadlineAndThePinyin() throws Exception {
		save(ENGLISH);
		String articles = body(editor.get("/open-data/articles.json"));
		assertThat(articles).contains("\"headlineEn\":\"" + ENGLISH + "\"",
				"\"headlinePinyin\":\"" + Pinyin.spaced(headline) + "\"");
	}

	private void save(String headlineEn) throws Exception {
		MvcResult saved = editor.post("/admin/articles/" + article, form(headlineEn));
		assertThat(saved.getResponse().getRedirectedUrl()).as(body(saved))
			.isEqualTo("/admin/articles/" + article + "/edit");
	}

	/** The form as the edit page gives it, with this English headline. */
	private Map<String, Object> form(String headlineEn) throws Exception {
		String path = "/admin/articles/" + article;
		Map<String, Object> form = FormValues.of(body(editor.get(path + "/edit")), path);
		assertThat(form).containsKey("headlineEn");
		form.put("headlineEn", headlineEn);
		return form;
	}

	private void decide(long page, long id, String decision) throws Exception {
		editor.follow(editor.post("/admin/pages/" + page + "/articles/" + id + "/" + decision,
				Map.of("version", editor.version("article", id))));
	}

}
