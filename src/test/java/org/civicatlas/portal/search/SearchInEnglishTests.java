package org.civicatlas.portal.search;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.search.SearchMatchingTests.encode;

/** English and pinyin queries reach the Chinese content over HTTP (issue 13, item 4). */
@PortalTest
class SearchInEnglishTests {

	@Autowired
	Http http;

	@Autowired
	StatementCounter statements;

	@Test
	void villageSagesFindsWhat乡贤Finds() {
		SearchResultsPage chinese = search("乡贤");
		SearchResultsPage english = search("village sages");
		assertThat(english.count("programs")).isPositive().isEqualTo(chinese.count("programs"));
		assertThat(english.count("articles")).isEqualTo(chinese.count("articles"));
		assertThat(english.links("programs", "/programs/")).isEqualTo(chinese.links("programs", "/programs/"));
	}

	@Test
	void mediationGridAndPinyinFindTheirChineseWords() {
		assertThat(search("mediation").count("articles")).isPositive().isEqualTo(search("调解").count("articles"));
		assertThat(search("grid").count("articles")).isPositive().isEqualTo(search("网格").count("articles"));
		assertThat(search("xiangxian").count("programs")).isEqualTo(search("乡贤").count("programs"));
	}

	@Test
	void aPlaceNameInPinyinFindsTheArticlesAboutThePlace() {
		assertThat(search("Yuecheng").count("articles")).isPositive().isEqualTo(search("越城").count("articles"));
	}

	@Test
	void thePageSaysHowTheQueryWasSearchedAndKeepsWhatWasTyped() {
		String body = http.get("/search?q=village+sages&lang=en").body();
		assertThat(body).contains("value=\"village sages\"")
			.contains("id=\"search-translated\"")
			.contains("“village sages” were searched as “乡贤”")
			.contains("<mark>乡贤</mark>");
		assertThat(http.get("/search?q=beihai&lang=en").body()).contains("(<mark>Beihai</mark> Subdistrict)");
	}

	@Test
	void aTranslatedQueryCostsNoMoreStatements() {
		statements.reset();
		assertThat(http.get("/search?q=" + encode("village sages")).statusCode()).isEqualTo(200);
		// the data version and one statement per kind, as for a Chinese query
		assertThat(statements.count()).isEqualTo(4);
	}

	private SearchResultsPage search(String query) {
		var response = http.get("/search?q=" + encode(query));
		assertThat(response.statusCode()).as(query).isEqualTo(200);
		return new SearchResultsPage(response.body());
	}

}
