package org.civicatlas.portal.places;

import java.util.List;
import java.util.Map;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.places.Pages.all;
import static org.civicatlas.portal.places.Pages.between;
import static org.civicatlas.portal.places.Pages.ok;
import static org.civicatlas.portal.places.Pages.text;

/**
 * What a city, district or township page shows, checked against the database and the open
 * data.
 */
@PortalTest
class PlacePageTests {

	private static final String PUBLISHED = "status = 'PUBLISHED' and merged_into is null";

	// the badge beside the programs' heading: how many the list has in all
	private static final String PROGRAMS_TOTAL = "id=\"programs\">\\s*<span>[^<]*</span>\\s*<span[^>]*>";

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void yuechengListsBeihaiWithItsPrograms() {
		String page = ok(http, "/places/330602");
		String reported = between(page, "有报道的乡镇（街道）", "</table>");
		assertThat(reported).contains("<a href=\"/places/330602004\">北海街道</a>");
		List<Map<String, Object>> beihai = programsWhere("township_code = '330602004'");
		assertThat(beihai).isNotEmpty();
		String programs = between(page, "id=\"programs\"", "</ul>");
		for (Map<String, Object> program : beihai) {
			assertThat(programs).contains("<a href=\"/programs/" + program.get("id") + "\">"
					+ HtmlUtils.htmlEscape((String) program.get("name")) + "</a>");
		}
		// and Beihai's own page lists the same programs
		assertThat(
				all("href=\"/programs/(\\d+)\"", between(ok(http, "/places/330602004"), "id=\"programs\"", "</ul>"), 1))
			.containsExactlyElementsOf(beihai.stream().map(p -> String.valueOf(p.get("id"))).toList());
	}

	@Test
	void aDistrictListsTownshipsWithReportsFirstThenEveryOtherOnce() {
		String page = ok(http, "/places/330602");
		List<String> townships = jdbc.sql("select code from township where district_code = '330602' order by code")
			.query(String.class)
			.list();
		String listed = between(page, "下辖乡镇（街道）", "id=\"programs\"");
		assertThat(all("href=\"/places/(\\d{9})\"", listed, 1)).containsExactlyInAnyOrderElementsOf(townships);
		Map<String, Pages.Counted> counts = Pages.openData(http, json, "townships");
		List<String> first = all("href=\"/places/(\\d{9})\"", between(listed, "有报道的", "</table>"), 1);
		assertThat(first).isNotEmpty()
			.allSatisfy(code -> assertThat(counts.get(code).articles() + counts.get(code).programs()).isPositive());
		List<String> rest = all("href=\"/places/(\\d{9})\"", between(listed, "其他乡镇（街道）", "</ul>"), 1);
		assertThat(rest).isNotEmpty()
			.allSatisfy(code -> assertThat(counts.get(code).articles() + counts.get(code).programs()).isZero());
	}

	@Test
	void aCityListsAllItsDistrictsWithTheirCounts() {
		String page = between(ok(http, "/places/3306"), "下辖县（市、区）", "</table>");
		List<String> districts = jdbc.sql("select code from district where city_code = '3306' order by code")
			.query(String.class)
			.list();
		assertThat(all("href=\"/places/(\\d{6})\"", page, 1)).containsExactlyElementsOf(districts);
		Pages.Counted yuecheng = Pages.openData(http, json, "districts").get("330602");
		assertThat(page).containsPattern("越城区</a></th>\\s*<td class=\"text-end\">" + yuecheng.programs()
				+ "</td>\\s*<td class=\"text-end\">" + yuecheng.articles() + "</td>");
	}

	@Test
	void breadcrumbsLeadFromTheProvinceToTheTownship() {
		String crumbs = between(ok(http, "/places/330602004"), "<ol class=\"breadcrumb atlas-breadcrumb\">", "</ol>");
		assertThat(text(crumbs)).isEqualTo("浙江省 绍兴市 越城区 北海街道");
		assertThat(all("href=\"([^\"]+)\"", crumbs, 1)).containsExactly("/places", "/places/3306", "/places/330602");
		assertThat(crumbs).contains("aria-current=\"page\">北海街道</li>");
	}

	@Test
	void summariesAgreeWithTheOpenData() {
		Map<String, Pages.Counted> places = Pages.openData(http, json, "cities");
		places.putAll(Pages.openData(http, json, "districts"));
		places.putAll(Pages.openData(http, json, "townships"));
		for (String code : List.of("3306", "3301", "330602", "330106", "330602004", "330106011")) {
			Pages.Counted place = places.get(code);
			String page = ok(http, "/places/" + code);
			String summary = text(between(page, "id=\"place-summary\">", "</p>"));
			assertThat(summary).as(code).contains(place.programs() + " 个创新项目").contains(place.articles() + " 篇报道");
			assertThat(page)
				.containsPattern("id=\"programs\">\\s*<span>创新项目</span>\\s*<span[^>]*>" + place.programs() + "<")
				.containsPattern("id=\"articles\">\\s*<span>报道</span>\\s*<span[^>]*>" + place.articles() + "<");
		}
	}

	@Test
	void placesWithoutArticlesSayNoReportsYet() {
		for (String level : List.of("district", "township")) {
			String code = jdbc
				.sql("""
						select x.code from %s x
						 where not exists (select 1 from article a where a.status = 'PUBLISHED' and a.district_code = left(x.code, 6)
						                      and length(x.code) = 6)
						   and not exists (select 1 from article_township at join article a on a.id = at.article_id
						                    where a.status = 'PUBLISHED' and left(at.township_code, length(x.code)) = x.code)
						   and not exists (select 1 from program p where p.status = 'PUBLISHED'
						                      and left(coalesce(p.township_code, p.district_code), length(x.code)) = x.code)
						 order by x.code limit 1
						"""
					.formatted(level))
				.query(String.class)
				.single();
			String page = ok(http, "/places/" + code);
			assertThat(text(between(page, "id=\"place-summary\">", "</p>"))).as(code).isEqualTo("暂无报道");
			assertThat(page).doesNotContain("0 个创新项目").doesNotContain("0 篇报道");
		}
	}

	@Test
	void theScopeSwitchChangesWhatIsCounted() {
		// a district with programs both district-wide and in its townships
		String code = jdbc
			.sql("""
					select district_code from program where %s group by district_code
					having count(*) filter (where township_code is null) > 0 and count(*) filter (where township_code is not null) > 0
					order by district_code limit 1
					"""
				.formatted(PUBLISHED))
			.query(String.class)
			.single();
		List<Map<String, Object>> all = programsWhere("district_code = '" + code + "'");
		List<Map<String, Object>> self = programsWhere("district_code = '" + code + "' and township_code is null");
		assertThat(self.size()).isLessThan(all.size());
		String whole = ok(http, "/places/" + code);
		String only = ok(http, "/places/" + code + "?scope=self");
		assertThat(text(between(whole, "id=\"place-summary\">", "</p>"))).contains(all.size() + " 个创新项目");
		assertThat(text(between(only, "id=\"place-summary\">", "</p>"))).contains(self.size() + " 个创新项目");
		assertThat(all("href=\"/programs/(\\d+)\"", only, 1))
			.containsExactlyElementsOf(self.stream().map(p -> String.valueOf(p.get("id"))).toList());
		assertThat(whole)
			.containsPattern("btn-primary\" href=\"/places/" + code + "\\?scope=all\"\\s+aria-current=\"true\"");
		assertThat(only)
			.containsPattern("btn-primary\" href=\"/places/" + code + "\\?scope=self\"\\s+aria-current=\"true\"");
	}

	@Test
	void aCityOnItsOwnHoldsWhatNamesNoDistrict() {
		Pages.Counted shaoxing = Pages.openData(http, json, "cities").get("3306");
		long direct = jdbc.sql(
				"select count(*) from article where status = 'PUBLISHED' and city_code = '3306' and district_code is null")
			.query(Long.class)
			.single();
		assertThat(direct).isLessThan(shaoxing.articles());
		String only = ok(http, "/places/3306?scope=self");
		assertThat(only).containsPattern("id=\"articles\">\\s*<span>报道</span>\\s*<span[^>]*>" + direct + "<");
	}

	@Test
	void theTypeFilterKeepsProgramsOfAnyChosenType() {
		String oneType = "village_sages_united_front";
		String otherType = "grassroots_governance";
		List<String> sages = programIdsOfTypes("3301", oneType);
		List<String> either = programIdsOfTypes("3301", oneType, otherType);
		assertThat(sages).isNotEmpty();
		assertThat(either.size()).isGreaterThan(sages.size());
		String filtered = ok(http, "/places/3301?type=" + oneType);
		assertThat(all("href=\"/programs/(\\d+)\"", filtered, 1)).containsExactlyElementsOf(sages);
		assertThat(filtered).contains("value=\"" + oneType + "\" checked=\"checked\"")
			.contains("href=\"/places/3301?scope=self&amp;type=" + oneType + "\"");
		String both = ok(http, "/places/3301?type=" + oneType + "&type=" + otherType + "&type=" + oneType);
		assertThat(all("href=\"/programs/(\\d+)\"", both, 1)).containsExactlyElementsOf(either);
		// one type is counted from the tally, several over the place's programs
		assertThat(filtered).containsPattern(PROGRAMS_TOTAL + sages.size() + "<");
		assertThat(both).containsPattern(PROGRAMS_TOTAL + either.size() + "<");
	}

	@Test
	void newestArticlesAndHighlightsAreThoseThePlaceViewGivesNewestFirst() {
		for (String scope : List.of("all", "self")) {
			String page = ok(http, "/places/330602?scope=" + scope);
			String here = "ap.district_code = '330602'" + ("self".equals(scope) ? " and ap.township_code is null" : "");
			List<String> newest = newestArticles(here, "true", PlacesController.ARTICLES_SHOWN);
			assertThat(all("href=\"/articles/(\\d+)\"", between(page, "id=\"articles\"", "</section>"), 1)).as(scope)
				.containsExactlyElementsOf(newest);
			List<String> withFigures = newestArticles(here,
					"exists (select 1 from metric m where m.article_id = a.id and m.value is not null)",
					PlacesController.HIGHLIGHTS);
			List<String> highlighted = page.contains("数字亮点")
					? all("href=\"/articles/(\\d+)\"", between(page, "数字亮点", "id=\"articles\""), 1) : List.of();
			assertThat(highlighted).as(scope).containsExactlyElementsOf(withFigures);
		}
		assertThat(newestArticles("ap.district_code = '330602'", "true", 1)).isNotEmpty();
	}

	@Test
	void highlightsQuoteTheirArticleAndLinkToIt() {
		String page = ok(http, "/places/330602");
		String highlights = between(page, "数字亮点", "id=\"articles\"");
		List<String> linked = all("href=\"/articles/(\\d+)\"", highlights, 1);
		assertThat(linked).isNotEmpty().doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(PlacesController.HIGHLIGHTS);
		List<String> articles = all("href=\"/articles/(\\d+)\"", between(page, "id=\"articles\"", "</section>"), 1);
		assertThat(articles).containsAll(linked);
		for (String quote : all("<blockquote[^>]*><p class=\"mb-0\">([^<]+)</p>", highlights, 1)) {
			assertThat(jdbc.sql("select count(*) from metric where quote = :quote and article_id in (:ids)")
				.param("quote", HtmlUtils.htmlUnescape(quote))
				.param("ids", linked.stream().map(Long::valueOf).toList())
				.query(Long.class)
				.single()).as(quote).isPositive();
		}
	}

	/**
	 * The newest published articles of a place by the view {@code article_place} (V94),
	 * as the lists order them.
	 */
	private List<String> newestArticles(String place, String condition, int limit) {
		return jdbc.sql("""
				select a.id::text from article a join source_page sp on sp.id = a.source_page_id
				 where a.id in (select ap.article_id from article_place ap where %s) and %s
				 order by sp.issue_date desc nulls last, a.created_at desc, a.id desc
				 limit :limit
				""".formatted(place, condition)).param("limit", limit).query(String.class).list();
	}

	private List<Map<String, Object>> programsWhere(String condition) {
		return jdbc.sql("select id, name from program where " + PUBLISHED + " and " + condition + " order by id")
			.query()
			.listOfRows();
	}

	private List<String> programIdsOfTypes(String city, String... types) {
		return jdbc
			.sql("""
					select distinct p.id from program p join program_subtype_link l on l.program_id = p.id
					  join program_subtype s on s.key = l.subtype_key
					 where p.status = 'PUBLISHED' and p.merged_into is null and p.city_code = :city and s.type_key in (:types)
					 order by p.id
					""")
			.param("city", city)
			.param("types", List.of(types))
			.query(String.class)
			.list();
	}

}
