package org.civicatlas.portal.search;

import java.net.http.HttpResponse;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.search.SearchMatchingTests.encode;

/**
 * Search that helps (issue 13, item 5): "did you mean" for near misses, and the closest
 * names.
 */
@PortalTest
class SearchSuggestionTests {

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	SuggestionReader suggestions;

	@Test
	void pgTrgmIsInstalled() {
		assertThat(jdbc.sql("select similarity('乡贤调解', '乡贤调介')").query(Double.class).single()).isGreaterThan(0.2);
	}

	@Test
	void aTypoOfACommonWordSuggestsTheWord() {
		assertThat(suggestions.find(SearchQuery.parse("乡闲")).query()).isEqualTo("乡贤");
		assertThat(suggestions.find(SearchQuery.parse("调介")).query()).isEqualTo("调解");
		assertThat(suggestions.find(SearchQuery.parse("乡闲 调介")).query()).isEqualTo("乡贤 调解");
	}

	@Test
	void aWordThatStandsInANameIsNotCorrected() {
		assertThat(suggestions.find(SearchQuery.parse("乡贤")).query()).isNull();
	}

	@Test
	void theNoResultsPageSuggestsAndOffersTheClosestNames() {
		HttpResponse<String> response = http.get("/search?q=" + encode("乡闲"));
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains("“乡闲”共找到 0 条结果")
			.contains("id=\"search-suggestion\"")
			.contains("href=\"/search?q=" + encode("乡贤") + "\">乡贤</a>")
			.contains("id=\"search-offers-programs\"", "id=\"search-offers-places\"", "id=\"search-offers-types\"");
		// the programs offered first hold the suggested word
		String programs = body.substring(body.indexOf("id=\"search-offers-programs\""),
				body.indexOf("id=\"search-offers-places\""));
		assertThat(programs).contains("乡贤").contains("href=\"/programs/");
		String types = body.substring(body.indexOf("id=\"search-offers-types\""));
		assertThat(types).contains("href=\"/programs?type=");
		assertThat(http.get("/search?q=" + encode("调介")).body())
			.contains("href=\"/search?q=" + encode("调解") + "\">调解</a>");
		assertThat(http.get("/search?q=" + encode("乡闲") + "&lang=en").body()).contains("Did you mean")
			.contains("Closest names");
	}

	@Test
	void aQueryCloseToNothingSaysNothingFound() {
		String body = http.get("/search?q=xqzv").body();
		assertThat(body).contains("共找到 0 条结果")
			.doesNotContain("id=\"search-suggestion\"")
			.doesNotContain("id=\"search-offers-programs\"");
	}

	@Test
	void theSuggestionRunsOnlyWhenLittleIsFound() {
		statements.reset();
		http.get("/search?q=" + encode("乡贤"));
		// the data version and one statement per kind: many results, no suggestion
		assertThat(statements.count()).isEqualTo(4);
		statements.reset();
		http.get("/search?q=" + encode("乡闲"));
		assertThat(statements.count()).isEqualTo(5);
		statements.resetKeepingCache();
		http.get("/search?q=" + encode("乡闲"));
		assertThat(statements.count()).isEqualTo(1);
	}

}
