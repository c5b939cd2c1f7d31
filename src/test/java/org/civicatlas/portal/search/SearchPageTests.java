package org.civicatlas.portal.search;

import java.net.http.HttpResponse;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.search.SearchMatchingTests.encode;

/**
 * The search page over HTTP: its states, its escaping, its parameters and its statements.
 */
@PortalTest
class SearchPageTests {

	@Autowired
	Http http;

	@Autowired
	StatementCounter statements;

	@Test
	void anEmptyQueryShowsExamplesReadingOnlyTheDataVersion() {
		statements.reset();
		HttpResponse<String> response = http.get("/search");
		// the data version is the page's ETag; nothing is searched
		assertThat(statements.count()).isEqualTo(1);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<h1 class=\"h3\">搜索</h1>")
			.contains("id=\"search-examples\"")
			.contains("href=\"/search?q=" + encode("乡贤") + "\"")
			.doesNotContain("search-summary");
		assertThat(http.get("/search?q=%20%20").body()).contains("id=\"search-examples\"");
	}

	@Test
	void aQueryWithoutSearchableCharactersSaysSo() {
		HttpResponse<String> response = http.get("/search?q=" + encode("“……”"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("没有可搜索的文字").contains("value=\"“……”\"");
	}

	@Test
	void resultsAreGroupedByKindWithCountsAndMarkedHits() {
		HttpResponse<String> response = http.get("/search?q=" + encode("乡贤"));
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains("<title>搜索：乡贤 · ")
			.contains("id=\"search-places\"", "id=\"search-programs\"", "id=\"search-articles\"")
			.contains("<mark>乡贤</mark>参与基层治理 构筑居民幸福共同体")
			.contains("没有名称匹配的地区")
			.contains("&amp;kind=programs\">查看全部");
		assertThat(body.indexOf("id=\"search-places\"")).isLessThan(body.indexOf("id=\"search-programs\""));
		assertThat(body.indexOf("id=\"search-programs\"")).isLessThan(body.indexOf("id=\"search-articles\""));
	}

	@Test
	void snippetsAndHeadlinesAreEscapedAroundTheMarks() {
		// the seeded texts carry ASCII quotes: "爱心卡" in a body, '一庭园三基地" in a headline
		assertThat(http.get("/search?q=" + encode("爱心卡")).body()).contains("&quot;<mark>爱心卡</mark>&quot;");
		assertThat(http.get("/search?q=" + encode("一庭园")).body()).contains("&#39;<mark>一庭园</mark>三基地&quot;续写新篇章");
	}

	@Test
	void theQueryIsReflectedEscaped() {
		String attack = "<script>alert(1)</script>\"'";
		String body = http.get("/search?q=" + encode(attack)).body();
		assertThat(body).doesNotContain("<script>alert").doesNotContain("alert(1)</script>");
		assertThat(body).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;\"")
			.contains("“&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;”");
		assertThat(body).doesNotContain("<mark><");
	}

	@Test
	void aVeryLongQueryIsShortenedAndSaysSo() {
		String longQuery = "乡贤".repeat(60);
		HttpResponse<String> response = http.get("/search?q=" + encode(longQuery));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("只按前 100 个字搜索")
			.contains("value=\"" + "乡贤".repeat(50) + "\"")
			.doesNotContain("乡贤".repeat(51));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "kind=events", "kind=", "page=0", "page=-1", "page=2", "kind=programs&page=501", "page=x" })
	void badParametersAre400(String parameters) {
		HttpResponse<String> response = http.get("/search?q=" + encode("乡贤") + "&" + parameters);
		assertThat(response.statusCode()).as(parameters).isEqualTo(400);
		assertThat(response.body()).contains("请求有误").doesNotContain("Exception");
	}

	@Test
	void englishPagesNamePlacesInBothLanguages() {
		String body = http.get("/search?q=" + encode("北海街道") + "&lang=en").body();
		assertThat(body).contains("<html lang=\"en\"")
			.contains("results for “北海街道”")
			.contains("(Beihai Subdistrict)")
			.contains("township or subdistrict")
			.contains("越城区</span> (Yuecheng District)");
		assertThat(http.get("/search?q=beihai&lang=en").body()).contains("(<mark>Beihai</mark> Subdistrict)");
	}

	@Test
	void oneStatementPerKind() {
		statements.reset();
		assertThat(http.get("/search?q=" + encode("乡贤")).statusCode()).isEqualTo(200);
		// one more for the data version (the ETag), read before every public page
		assertThat(statements.count()).isLessThanOrEqualTo(4);
		statements.reset();
		assertThat(http.get("/search?q=" + encode("乡贤") + "&kind=articles").statusCode()).isEqualTo(200);
		assertThat(statements.count()).isLessThanOrEqualTo(2);
	}

	@Test
	void pagingThroughOneKindLinksThePages() {
		long total = new SearchResultsPage(http.get("/search?q=" + encode("乡贤")).body()).count("programs");
		long pages = (total + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE;
		assertThat(pages).isEqualTo(2);
		String first = http.get("/search?q=" + encode("乡贤") + "&kind=programs").body();
		assertThat(first).contains("第 1 页，共 2 页")
			.contains("&amp;kind=programs&amp;page=2\"")
			.contains("返回全部结果")
			.doesNotContain("id=\"search-articles\"");
		assertThat(http.get("/search?q=" + encode("乡贤") + "&kind=programs&page=2").body()).contains("第 2 页，共 2 页")
			.contains("rel=\"prev\"");
		assertThat(http.get("/search?q=" + encode("乡贤") + "&kind=programs&page=3").statusCode()).isEqualTo(404);
	}

}
