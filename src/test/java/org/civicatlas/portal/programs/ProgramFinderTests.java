package org.civicatlas.portal.programs;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.programs.FinderClient.encode;

/**
 * The program finder over HTTP: what it finds, its facet counts, chips, pages and sort
 * orders.
 */
@PortalTest
class ProgramFinderTests {

	private static final String SAGES = "village_sages_united_front";

	private static final String MEDIATION = "mediation_petitions";

	/** 乡贤 */
	private static final String XIANGXIAN = "%E4%B9%A1%E8%B4%A4";

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	private FinderClient finder;

	private ExpectedPrograms expected;

	@BeforeEach
	void setUp() {
		finder = new FinderClient(http);
		expected = new ExpectedPrograms(jdbc);
	}

	@Test
	void listsEveryPublishedProgramInChinese() {
		HttpResponse<String> response = http.get("/programs");
		assertThat(response.statusCode()).isEqualTo(200);
		FinderHtml page = new FinderHtml(response.body());
		assertThat(page.total()).isEqualTo(expected.count("true", Map.of())).isGreaterThan(100);
		assertThat(page.programIds()).hasSize(FinderQuery.PAGE_SIZE);
		assertThat(response.body()).contains("<html lang=\"zh-CN\"")
			.contains("<h1 class=\"h3\">基层创新项目</h1>")
			.contains("共 " + page.total() + " 个项目")
			.contains("乡贤与统战");
		assertThat(page.facet("type")).hasSize(13);
		assertThat(page.places()).isNotEmpty();
	}

	@Test
	void speaksEnglishOnRequest() {
		String body = http.get("/programs?lang=en&place=3306").body();
		assertThat(body).contains("<html lang=\"en\"")
			.contains("Village sages &amp; united front")
			.contains(">Shaoxing<")
			.containsPattern("\\d+ programs");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "type=" + SAGES, "place=3306&metrics=yes", "type=" + MEDIATION + "&type=" + SAGES,
			"subtype=village_sages&place=330602", "q=" + XIANGXIAN + "&metrics=yes", "q=" + XIANGXIAN + "&place=3306" })
	void everyFacetCountIsWhatChoosingThatValueGives(String query) {
		FinderHtml page = finder.page("/programs?" + query);
		MultiValueMap<String, String> base = FinderHtml.params("/programs?" + query);
		assertThat(page.total()).isEqualTo(expected.count(base));
		for (String facet : List.of("type", "subtype")) {
			page.facet(facet).forEach((value, count) -> {
				MultiValueMap<String, String> only = copy(base);
				only.put(facet, List.of(value));
				assertThat(finder.total(only)).as("%s=%s with %s", facet, value, query).isEqualTo(count);
			});
		}
		MultiValueMap<String, String> withFigures = copy(base);
		withFigures.put("metrics", List.of("yes"));
		assertThat(finder.total(withFigures)).isEqualTo(page.facet("metrics").get("yes"));
		page.places().forEach((href, count) -> assertThat(finder.page(href).total()).as(href).isEqualTo(count));
	}

	@Test
	void zeroCountsAreTrueToo() {
		FinderHtml page = finder.page("/programs?type=integrity&place=3306");
		String condition = ExpectedPrograms.TYPE + " and " + ExpectedPrograms.PLACE;
		page.facet("type")
			.forEach((type, count) -> assertThat(count)
				.isEqualTo(expected.count(condition, Map.of("types", List.of(type), "place", "3306"))));
		assertThat(page.facet("type").values()).contains(0L);
	}

	@Test
	void valuesOfOneFacetAddUpAndFacetsNarrowEachOther() {
		long sages = finder.page("/programs?type=" + SAGES).total();
		long mediation = finder.page("/programs?type=" + MEDIATION).total();
		long either = finder.page("/programs?type=" + SAGES + "&type=" + MEDIATION).total();
		assertThat(either).isEqualTo(expected.count(ExpectedPrograms.TYPE, Map.of("types", List.of(SAGES, MEDIATION))))
			.isGreaterThanOrEqualTo(Math.max(sages, mediation))
			.isLessThanOrEqualTo(sages + mediation);
		long both = finder.page("/programs?type=" + SAGES + "&metrics=yes").total();
		assertThat(both).isLessThanOrEqualTo(sages)
			.isEqualTo(expected.count(ExpectedPrograms.TYPE + " and " + ExpectedPrograms.METRICS,
					Map.of("types", List.of(SAGES))));
	}

	@Test
	void aPlaceGivesTheProgramsInItAndBelowIt() {
		String district = jdbc.sql("""
				select district_code from program where township_code is not null and status = 'PUBLISHED'
				 group by district_code order by count(*) desc, district_code limit 1""").query(String.class).single();
		String township = jdbc.sql("""
				select min(township_code) from program where district_code = :district and status = 'PUBLISHED'""")
			.param("district", district)
			.query(String.class)
			.single();
		for (String place : List.of(district.substring(0, 4), district, township)) {
			FinderHtml page = finder.page("/programs?sort=place&place=" + place);
			assertThat(page.total()).as(place)
				.isEqualTo(expected.count(ExpectedPrograms.PLACE, Map.of("place", place)))
				.isPositive();
			assertThat(expected.placeCodes(page.programIds())).allSatisfy(code -> assertThat(code).startsWith(place));
		}
		// district-wide programs belong to the district, not to any of its townships
		long inDistrict = finder.page("/programs?place=" + district).total();
		assertThat(inDistrict).isGreaterThan(finder.page("/programs?place=" + township).total());
		assertThat(finder.page("/programs?place=" + township).places()).isEmpty();
	}

	@Test
	void theTextMatchesNamesAliasesAndDescriptionsByChineseSubstring() {
		Map<String, Object> program = jdbc.sql("""
				select id, name, aliases[1] as alias, description from program
				 where status = 'PUBLISHED' and merged_into is null and cardinality(aliases) > 0
				   and length(name) > 2 and length(description) > 20 order by id limit 1""").query().singleRow();
		long id = (Long) program.get("id");
		String description = (String) program.get("description");
		List<String> texts = List.of(((String) program.get("name")).substring(1), (String) program.get("alias"),
				description.substring(8, 14));
		for (String text : texts) {
			String path = "/programs?sort=name&q=" + encode(text);
			assertThat(finder.page(path).total()).as(text)
				.isEqualTo(expected.count(ExpectedPrograms.TEXT, Map.of("q", text)));
			assertThat(finder.allIds(path)).as(text).contains(id);
		}
		assertThat(finder.page("/programs?q=" + encode("不存在的项目名称xyz")).total()).isZero();
	}

	@Test
	void chipsRemoveExactlyOneValueEach() {
		String query = "q=%E4%B9%A1&type=" + SAGES + "&type=" + MEDIATION + "&subtype=village_sages&place=3306"
				+ "&metrics=yes&sort=name";
		FinderHtml page = finder.page("/programs?" + query);
		List<Map.Entry<String, String>> chips = page.chips();
		assertThat(chips).extracting(Map.Entry::getKey)
			.containsExactly("q", "type", "type", "subtype", "place", "metrics");
		for (Map.Entry<String, String> chip : chips) {
			List<String> before = flatten(FinderHtml.params("/programs?" + query));
			List<String> after = flatten(FinderHtml.params(chip.getValue()));
			assertThat(after).as(chip.getValue()).hasSize(before.size() - 1);
			before.removeAll(after);
			assertThat(before).as(chip.getValue())
				.singleElement()
				.satisfies(removed -> assertThat(removed).startsWith(chip.getKey() + "="));
			assertThat(http.get(chip.getValue()).statusCode()).isEqualTo(200);
		}
		assertThat(page.html()).contains("id=\"programs-clear\" href=\"/programs?sort=name\"");
		assertThat(finder.page("/programs").chips()).isEmpty();
	}

	@Test
	void pagesCoverEveryResultOnceWithRelLinks() {
		FinderHtml first = finder.page("/programs?sort=name");
		long total = first.total();
		int pages = (int) ((total + FinderQuery.PAGE_SIZE - 1) / FinderQuery.PAGE_SIZE);
		assertThat(pages).isGreaterThan(2);
		assertThat(first.rel("prev")).isNull();
		assertThat(first.rel("next")).isEqualTo("/programs?sort=name&page=2");
		assertThat(finder.allIds("/programs?sort=name")).hasSize((int) total).doesNotHaveDuplicates();
		FinderHtml second = finder.page("/programs?sort=name&page=2");
		assertThat(second.rel("prev")).isEqualTo("/programs?sort=name");
		assertThat(second.html()).contains("显示第 21–40 个").contains("aria-current=\"page\"");
		FinderHtml last = finder.page("/programs?sort=name&page=" + pages);
		assertThat(last.rel("next")).isNull();
		assertThat(last.programIds()).hasSize((int) (total - (pages - 1L) * FinderQuery.PAGE_SIZE));
		assertThat(http.get("/programs?sort=name&page=" + (pages + 1)).statusCode()).isEqualTo(404);
	}

	@Test
	void sortingOrdersByWhatItSays() {
		List<Long> byArticles = finder.allIds("/programs");
		assertThat(expected.articleCounts(byArticles)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(finder.allIds("/programs?sort=articles")).isEqualTo(byArticles);
		assertThat(expected.figureCounts(finder.allIds("/programs?sort=metrics")))
			.isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(expected.placeCodes(finder.allIds("/programs?sort=place"))).isSorted();
		List<Long> byName = finder.allIds("/programs?sort=name");
		assertThat(byName).isEqualTo(expected.byPinyin(byName));
		assertThat(finder.page("/programs?sort=metrics").html())
			.contains("<option value=\"metrics\" selected=\"selected\">");
	}

	private static MultiValueMap<String, String> copy(MultiValueMap<String, String> params) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
		params.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
		copy.remove("page");
		return copy;
	}

	private static List<String> flatten(MultiValueMap<String, String> params) {
		List<String> pairs = new ArrayList<>();
		params.forEach((name, values) -> values.forEach(value -> pairs.add(name + "=" + value)));
		return pairs;
	}

}
