package org.civicatlas.portal.places;

import java.net.http.HttpResponse;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.places.Pages.between;
import static org.civicatlas.portal.places.Pages.ok;
import static org.civicatlas.portal.places.Pages.text;

/**
 * Place pages as requests: bad codes and parameters, English, and how many statements
 * each runs.
 */
@PortalTest
class PlacePageRequestsTests {

	@Autowired
	Http http;

	@Autowired
	StatementCounter statements;

	@ParameterizedTest
	@ValueSource(strings = { "3399", "330699", "330602999", "abc", "33060", "3306021", "1101", "%3Cscript%3E" })
	void anUnknownOrMalformedCodeIsNotFound(String code) {
		HttpResponse<String> response = http.get("/places/" + code);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("找不到页面").doesNotContain("Exception").doesNotContain("<script>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "?type=no_such_type", "?type=party_building&type=nope", "?scope=everything", "?scope=SELF",
			"?type=%3Cscript%3Ealert(1)%3C/script%3E", "?scope=%3Cb%3Ebold%3C/b%3E" })
	void anUnknownTypeOrScopeIsABadRequest(String query) {
		HttpResponse<String> response = http.get("/places/330602" + query);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("请求有误")
			.doesNotContain("<script>alert")
			.doesNotContain("<b>bold")
			.doesNotContain("Exception");
	}

	@Test
	void aTownshipAcceptsBothScopesAndOffersNoSwitch() {
		String all = ok(http, "/places/330602004?scope=all");
		String self = ok(http, "/places/330602004?scope=self");
		assertThat(text(between(self, "id=\"place-summary\">", "</p>")))
			.isEqualTo(text(between(all, "id=\"place-summary\">", "</p>")));
		assertThat(all).doesNotContain("scope=self\"");
	}

	@Test
	void englishNamesOnRequest() {
		String district = ok(http, "/places/330602?lang=en");
		assertThat(district).contains("<html lang=\"en\"")
			.containsPattern(
					"<h1 class=\"h3 mb-1\">\\s*<span>Yuecheng District</span>\\s*<small[^>]*lang=\"zh-CN\">越城区</small>")
			.contains(">Zhejiang Province</a>")
			.contains(">Shaoxing</a>")
			.contains(">Beihai Subdistrict</a>")
			.contains("Including everything below")
			.contains("Village sages &amp; united front")
			.doesNotContain("暂无报道");
		String township = ok(http, "/places/330602004?lang=en");
		assertThat(text(between(township, "<ol class=\"breadcrumb atlas-breadcrumb\">", "</ol>")))
			.isEqualTo("Zhejiang Province Shaoxing Yuecheng District Beihai Subdistrict");
	}

	@Test
	void theChinesePageNamesThePlaceInEnglishToo() {
		assertThat(ok(http, "/places/330602")).containsPattern(
				"<h1 class=\"h3 mb-1\">\\s*<span>越城区</span>\\s*<small[^>]*lang=\"en\">Yuecheng District</small>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/places/3306", "/places/330602", "/places/330602004", "/places/3301?scope=self",
			"/places/3301?type=village_sages_united_front&type=grassroots_governance" })
	void eachPlacePageRunsAFixedSmallNumberOfStatements(String path) {
		ok(http, path);
		statements.reset();
		ok(http, path);
		// one more for the data version (the ETag), read before every public page
		assertThat(statements.count()).isLessThanOrEqualTo(7);
	}

	@Test
	void anUnknownPlaceCostsTwoStatements() {
		statements.reset();
		assertThat(http.get("/places/330699").statusCode()).isEqualTo(404);
		// the data version and the place
		assertThat(statements.count()).isLessThanOrEqualTo(2);
	}

	@Test
	void carriesNoInlineScriptOrEventHandler() {
		for (String path : new String[] { "/places", "/places/3306", "/places/330602", "/places/330602004" }) {
			assertThat(ok(http, path)).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
				.doesNotContainPattern("\\son[a-z]+=");
		}
	}

}
