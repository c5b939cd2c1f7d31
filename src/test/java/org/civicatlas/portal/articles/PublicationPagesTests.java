package org.civicatlas.portal.articles;

import java.util.List;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication data as readers meet it: two seed pages are given a newspaper and an issue
 * date for the test (the seeds have none), and the lists, the article, the feed and the
 * open data follow.
 */
@PortalTest
class PublicationPagesTests {

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	long dated;

	long yearOnly;

	@BeforeEach
	void date() {
		dated = page("004_92ce43396e9eb2c9.txt");
		yearOnly = page("000_db0d4880a1cbbe3b.txt");
		describe(dated, "浙江日报", "2023-11-05", "DAY", "5");
		describe(yearOnly, null, "2022-01-01", "YEAR", null);
	}

	@AfterEach
	void undate() {
		jdbc.sql(
				"update source_page set newspaper = null, issue_date = null, issue_date_precision = null, page_number = null")
			.update();
	}

	@Test
	void theListPutsTheNewestIssueFirstAndUnknownDatesLast() {
		List<Long> expected = jdbc.sql("""
				select a.id from article a join source_page p on p.id = a.source_page_id where a.status = 'PUBLISHED'
				 order by p.issue_date desc nulls last, a.id desc limit 20""").query(Long.class).list();
		assertThat(expected.get(0)).isIn(articles(dated));
		String html = http.get("/articles").body();
		assertThat(ArticlePagesTests.listed(html)).isEqualTo(expected);
		assertThat(html).contains("《浙江日报》")
			.contains("<time datetime=\"2023-11-05\">2023年11月5日</time>")
			.contains("第5版")
			.contains("<time datetime=\"2022\">2022年</time>")
			.contains("出版信息不详");
	}

	@Test
	void theYearFilterKeepsThatYearsIssues() {
		assertThat(ArticlePagesTests.listed(http.get("/articles?year=2022").body()))
			.containsExactlyInAnyOrderElementsOf(articles(yearOnly));
		assertThat(ArticlePagesTests.listed(http.get("/articles?year=2021").body())).isEmpty();
		assertThat(http.get("/articles?year=1800").statusCode()).isEqualTo(400);
		assertThat(http.get("/articles?year=last").statusCode()).isEqualTo(400);
	}

	@Test
	void theArticleShowsItsPublicationInBothLanguages() {
		long id = articles(dated).get(0);
		assertThat(http.get("/articles/" + id).body()).contains("id=\"publication\"")
			.contains("《浙江日报》")
			.contains("2023年11月5日")
			.contains("第5版");
		assertThat(http.get("/articles/" + id + "?lang=en").body()).contains("浙江日报")
			.doesNotContain("《浙江日报》")
			.contains("5 November 2023")
			.contains("page 5");
	}

	@Test
	void placeListsShowThePublicationNotTheImport() {
		String html = http.get("/places/3304").body();
		assertThat(html).contains("2023年11月5日").doesNotContain("导入于");
	}

	@Test
	void theOpenDataCarriesThePublicationAtItsPrecision() throws Exception {
		JsonNode articles = new ObjectMapper().readTree(http.get("/open-data/articles.json").body()).get("articles");
		for (JsonNode article : articles) {
			long id = article.get("id").asLong();
			JsonNode publication = article.get("publication");
			if (articles(dated).contains(id)) {
				assertThat(publication.toString())
					.isEqualTo("{\"newspaper\":\"浙江日报\",\"date\":\"2023-11-05\",\"page\":\"5\"}");
			}
			else if (articles(yearOnly).contains(id)) {
				assertThat(publication.toString()).isEqualTo("{\"newspaper\":null,\"date\":\"2022\",\"page\":null}");
			}
			else {
				assertThat(publication.toString()).isEqualTo("{\"newspaper\":null,\"date\":null,\"page\":null}");
			}
		}
	}

	@Test
	void theFeedGivesAPublishedTimeOnlyForAKnownDay() {
		String feed = http.get("/feed.atom").body();
		long id = articles(dated).get(articles(dated).size() - 1);
		String entry = feed.substring(feed.indexOf("/articles/" + id + "</id>"));
		entry = entry.substring(0, entry.indexOf("</entry>"));
		assertThat(entry).contains("<published>2023-11-04T16:00:00Z</published>");
		assertThat(feed.split("<published>").length - 1).isLessThanOrEqualTo(articles(dated).size());
	}

	private long page(String file) {
		return jdbc.sql("select id from source_page where file_name = :f").param("f", file).query(Long.class).single();
	}

	private void describe(long page, String newspaper, String date, String precision, String number) {
		jdbc.sql("""
				update source_page set newspaper = :n, issue_date = cast(:d as date), issue_date_precision = :p,
				       page_number = :no where id = :id""")
			.param("n", newspaper)
			.param("d", date)
			.param("p", precision)
			.param("no", number)
			.param("id", page)
			.update();
	}

	private List<Long> articles(long page) {
		return jdbc.sql("select id from article where source_page_id = :p and status = 'PUBLISHED' order by id")
			.param("p", page)
			.query(Long.class)
			.list();
	}

}
