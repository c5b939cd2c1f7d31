package org.civicatlas.portal.places;

import java.util.List;
import java.util.Map;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.places.Pages.all;
import static org.civicatlas.portal.places.Pages.ok;

/**
 * {@code /places}: the 11 cities and their districts with counts that agree with the open
 * data.
 */
@PortalTest
class PlacesListTests {

	private static final String ROW = "<th scope=\"row\"><a href=\"/places/(\\d{6})\">([^<]+)</a></th>\\s*<td class=\"text-end\">(\\d+)</td>\\s*<td class=\"text-end\">(\\d+)</td>";

	@Autowired
	Http http;

	@Autowired
	StatementCounter statements;

	@Autowired
	ObjectMapper json;

	@Test
	void listsEveryCityWithItsDistrictsAndTheirCounts() {
		String page = ok(http, "/places");
		Map<String, Pages.Counted> cities = Pages.openData(http, json, "cities");
		Map<String, Pages.Counted> districts = Pages.openData(http, json, "districts");
		assertThat(all("<h2 class=\"h5 mb-1\">\\s*<a href=\"/places/(\\d{4})\">", page, 1))
			.containsExactlyElementsOf(cities.keySet().stream().sorted().toList());
		List<String> codes = all(ROW, page, 1);
		assertThat(codes).containsExactlyElementsOf(districts.keySet().stream().sorted().toList());
		for (int i = 0; i < codes.size(); i++) {
			Pages.Counted district = districts.get(codes.get(i));
			assertThat(all(ROW, page, 2).get(i)).isEqualTo(district.name());
			assertThat(Long.parseLong(all(ROW, page, 3).get(i))).as(district.name()).isEqualTo(district.programs());
			assertThat(Long.parseLong(all(ROW, page, 4).get(i))).as(district.name()).isEqualTo(district.articles());
		}
	}

	@Test
	void citySummariesAgreeWithTheOpenDataAndNeverSayZero() {
		String page = ok(http, "/places");
		for (Pages.Counted city : Pages.openData(http, json, "cities").values()) {
			String summary = Pages.text(Pages.between(page, "href=\"/places/" + city.code() + "\"", "</p>"));
			if (city.articles() == 0) {
				assertThat(summary).as(city.name()).contains("暂无报道");
			}
			else {
				assertThat(summary).as(city.name()).contains(city.articles() + " 篇报道");
			}
			if (city.programs() > 0) {
				assertThat(summary).contains(city.programs() + " 个创新项目");
			}
			assertThat(summary).doesNotContain(" 0 个");
		}
	}

	@Test
	void englishNamesOnRequest() {
		String page = ok(http, "/places?lang=en");
		assertThat(page).contains("<html lang=\"en\"")
			.contains(">Places in Zhejiang</h1>")
			.contains(">Shaoxing</a>")
			.contains(">Yuecheng District</a>")
			.contains(">Jingning She Autonomous County</a>");
	}

	@Test
	void runsAFixedSmallNumberOfStatements() {
		ok(http, "/places");
		statements.reset();
		ok(http, "/places");
		// one more for the data version (the ETag), read before every public page
		assertThat(statements.count()).isLessThanOrEqualTo(3);
	}

}
