package org.civicatlas.portal.articles;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** One article with its figures marked, over HTTP against the seeded database. */
@PortalTest
class ArticleShowTests {

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	record Quote(long id, long articleId, String quote) {
	}

	@Test
	void everyFigureOfEveryArticleIsMarkedInsideItsQuote() {
		List<Long> articles = jdbc.sql("select id from article where status = 'PUBLISHED' order by id")
			.query(Long.class)
			.list();
		for (long article : articles) {
			String html = http.get("/articles/" + article).body();
			String text = bodyText(html);
			List<Quote> quotes = jdbc.sql("select id, article_id, quote from metric where article_id = :id")
				.param("id", article)
				.query(Quote.class)
				.list();
			for (Quote quote : quotes) {
				assertThat(html).as("figure %d", quote.id()).contains("id=\"m" + quote.id() + "\"");
				assertThat(text).as("quote of figure %d", quote.id()).contains(quote.quote());
				String marked = markedText(html, quote.id());
				assertThat(marked).as("figure %d", quote.id()).isNotEmpty();
				assertThat(quote.quote()).as("figure %d", quote.id()).contains(marked);
			}
		}
	}

	@Test
	void aMarkShowsTheNormalisedValueOnHoverFocusAndWithoutJavaScript() {
		long id = jdbc.sql("select id from metric where quote like '%募集爱心资金5万余元%'").query(Long.class).single();
		long article = jdbc.sql("select article_id from metric where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		String html = http.get("/articles/" + article).body();
		assertThat(html).containsPattern("<mark class=\"figure-mark\" id=\"m" + id
				+ "\" tabindex=\"0\" data-bs-toggle=\"tooltip\" title=\"募集爱心资金：5万余元\">5万余元<span class=\"figure-note\">（募集爱心资金：5万余元）</span></mark>")
			.containsPattern("<script src=\"/js/articles-[0-9a-f]{32}.js\" defer></script>")
			.contains("<a href=\"#m" + id + "\">");
		assertThat(http.get("/articles/" + article + "?lang=en").body())
			.contains("title=\"募集爱心资金: more than 50,000 yuan\"");
	}

	@Test
	void showsBylinesLinkedPlacesProgramsCaptionsTheCutAndTheSourceLink() {
		long article = jdbc
			.sql("""
					select a.id from article a where a.status = 'PUBLISHED' and a.incomplete and cardinality(a.captions) > 0
					   and a.district_code is not null and exists (select 1 from article_township t where t.article_id = a.id)
					 order by a.id limit 1""")
			.query(Long.class)
			.single();
		String html = http.get("/articles/" + article).body();
		jdbc.sql("""
				select a.city_code as code from article a where a.id = :id
				union all select a.district_code from article a where a.id = :id
				union all select township_code from article_township where article_id = :id""")
			.param("id", article)
			.query(String.class)
			.list()
			.forEach(code -> assertThat(html).contains("<a href=\"/places/" + code + "\">"));
		jdbc.sql("select program_id from article_program where article_id = :id")
			.param("id", article)
			.query(Long.class)
			.list()
			.forEach(program -> assertThat(html).contains("<a href=\"/programs/" + program + "\">"));
		String caption = jdbc.sql("select captions[1] from article where id = :id")
			.param("id", article)
			.query(String.class)
			.single();
		assertThat(html).contains("<figcaption class=\"figure-caption\">")
			.contains(HtmlUtils.htmlEscape(caption))
			.contains("版面在此截断了这篇报道")
			.contains("href=\"/articles/" + article + "/source\"");
		for (String byline : jdbc.sql("select unnest(bylines) from article where id = :id")
			.param("id", article)
			.query(String.class)
			.list()) {
			// each byline links to the reporter's page (issue 13, item 3)
			assertThat(html).contains("<li class=\"list-inline-item\"><a href=\"" + AuthorPagesTests.path(byline)
					+ "\">" + byline + "</a></li>");
		}
		assertThat(http.get("/articles/" + article + "?lang=en").body()).contains("<html lang=\"en\"")
			.contains("The page cuts this article off")
			.containsPattern("<a href=\"/places/\\d{6}\">[^<]+ \\([^<]+\\)</a>");
	}

	@Test
	void articleTextIsEscapedInsideAndOutsideTheMarks() {
		long article = insertArticle("PUBLISHED", "<i>标题</i> & 副本", "前言<b>加粗</b> & 共投入5万元<script>x</script>。");
		try {
			jdbc.sql("""
					insert into metric (article_id, label, value, unit, category, quote, position)
					values (:article, '投入<u>', 50000, '元', 'money', '& 共投入5万元<script>', 0)""")
				.param("article", article)
				.update();
			String html = http.get("/articles/" + article).body();
			assertThat(html).doesNotContain("<b>加粗")
				.doesNotContain("<script>x")
				.doesNotContain("<i>标题")
				.doesNotContain("<u>")
				.contains("前言&lt;b&gt;加粗&lt;/b&gt; &amp; 共投入<mark class=\"figure-mark\"")
				.contains(">5万元<span class=\"figure-note\">（投入&lt;u&gt;：5万元）</span></mark>&lt;script&gt;x")
				.contains("&lt;i&gt;标题&lt;/i&gt; &amp; 副本");
		}
		finally {
			jdbc.sql("delete from article where id = :id").param("id", article).update();
		}
	}

	@Test
	void draftsAndHiddenArticlesAreNotFound() {
		for (String status : new String[] { "DRAFT", "HIDDEN" }) {
			long article = insertArticle(status, "未发布的报道", "正文。");
			try {
				assertThat(http.get("/articles/" + article).statusCode()).isEqualTo(404);
				assertThat(http.get("/articles/" + article + "/source").statusCode()).isEqualTo(404);
				assertThat(ArticlePagesTests.listed(http.get("/articles").body())).doesNotContain(article);
			}
			finally {
				jdbc.sql("delete from article where id = :id").param("id", article).update();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/articles/999999", "/articles/0", "/articles/-1" })
	void unknownArticlesAreNotFound(String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("找不到页面").doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/articles/abc", "/articles/1.5", "/articles/99999999999999999999", "/articles/%3Cscript%3E" })
	void nonNumericIdsAreBadRequests(String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("<script>");
	}

	@Test
	void anArticleRunsThreeStatements() {
		statements.reset();
		assertThat(http.get("/articles/2").statusCode()).isEqualTo(200);
		// one more for the data version (the ETag), read before every public page
		assertThat(statements.count()).isLessThanOrEqualTo(3);
	}

	private long insertArticle(String status, String headline, String body) {
		return jdbc.sql("""
				insert into article (source_page_id, position, headline, body, status, source_lines)
				values ((select min(id) from source_page), 1000 + (select count(*) from article), :headline, :body,
				        :status, '{1}') returning id""")
			.param("headline", headline)
			.param("body", body)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	/**
	 * The article's paragraphs as a reader reads them: tags and the hidden notes left
	 * out.
	 */
	private static String bodyText(String html) {
		String body = html.substring(html.indexOf("id=\"article-body\""),
				html.indexOf("</div>", html.indexOf("id=\"article-body\"")));
		return HtmlUtils
			.htmlUnescape(body.replaceAll("<span class=\"figure-note\">[^<]*</span>", "").replaceAll("<[^>]+>", ""));
	}

	/** The text a figure's mark covers, whether the mark is its own or shared. */
	private static String markedText(String html, long id) {
		Matcher matcher = Pattern.compile(
				"<mark class=\"figure-mark\" id=\"m\\d+\"[^>]*>((?:<span class=\"figure-anchor\" id=\"m\\d+\"></span>)*)([^<]*)<")
			.matcher(html);
		while (matcher.find()) {
			if (matcher.group(0).contains("id=\"m" + id + "\"")) {
				return HtmlUtils.htmlUnescape(matcher.group(2));
			}
		}
		return "";
	}

}
