package org.civicatlas.portal.places;

import java.util.List;
import java.util.Map;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.places.Pages.all;
import static org.civicatlas.portal.places.Pages.between;
import static org.civicatlas.portal.places.Pages.ok;

/**
 * The home page over HTTP: what the atlas holds, the map, the types and the latest
 * articles.
 */
@PortalTest
class HomePageTests {

	private static final String TILE = "<a class=\"tile ([a-z-]+)\" href=\"/places/(\\d+)\"\\s+aria-label=\"([^\"]*)\"\\s+transform=\"translate\\(\\d+ \\d+\\)\">\\s*<title>([^<]*)</title>";

	@Autowired
	Http http;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void saysWhatTheAtlasHolds() {
		String home = ok(http, "/");
		assertThat(home).contains("<html lang=\"zh-CN\"")
			.contains("id=\"count-articles\">" + count("select count(*) from article where status = 'PUBLISHED'") + "<")
			.contains("id=\"count-programs\">"
					+ count("select count(*) from program where status = 'PUBLISHED' and merged_into is null") + "<")
			.contains("id=\"count-figures\">" + count("""
					select count(*) from metric m join article a on a.id = m.article_id where a.status = 'PUBLISHED'
					""") + "<")
			.contains("id=\"count-townships-covered\">" + count("""
					select count(distinct code) from (
					  select township_code as code from program
					   where status = 'PUBLISHED' and merged_into is null and township_code is not null
					  union all
					  select at.township_code from article_township at join article a on a.id = at.article_id
					   where a.status = 'PUBLISHED') covered
					""") + "<")
			.contains("id=\"count-townships\">" + count("select count(*) from township") + "<");
	}

	@Test
	void mapLinksEveryDistrictNamedWithItsCountOrNoReportsYet() {
		String home = ok(http, "/");
		Map<String, Pages.Counted> districts = Pages.openData(http, json, "districts");
		List<String> codes = all(TILE, home, 2);
		assertThat(codes).hasSize(90).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(districts.keySet());
		List<String> labels = all(TILE, home, 3);
		assertThat(all(TILE, home, 4)).isEqualTo(labels);
		for (int i = 0; i < codes.size(); i++) {
			Pages.Counted district = districts.get(codes.get(i));
			// a district nothing was reported from says so, rather than "0 initiatives"
			boolean reported = district.programs() > 0 || district.articles() > 0;
			assertThat(labels.get(i))
				.isEqualTo(district.name() + "：" + (reported ? district.programs() + " 个创新项目" : "暂无报道"));
		}
		assertThat(home).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"group\" viewBox=\"0 0 ");
	}

	@Test
	void mapColoursFollowTheLegend() {
		String home = ok(http, "/");
		Map<String, Pages.Counted> districts = Pages.openData(http, json, "districts");
		List<String> classes = all(TILE, home, 1);
		List<String> codes = all(TILE, home, 2);
		for (int i = 0; i < codes.size(); i++) {
			assertThat(classes.get(i)).isEqualTo(Bucket.of(districts.get(codes.get(i)).programs()).css());
		}
		String legend = between(home, "id=\"map-legend\"", "</ul>");
		assertThat(all("class=\"swatch (bucket-[a-z]+)\"", legend, 1)).containsExactly("bucket-none", "bucket-few",
				"bucket-some", "bucket-many", "bucket-most");
		assertThat(legend).contains("1–2").contains("11 个及以上");
	}

	@Test
	void textVersionOfTheMapListsEveryDistrictWithItsCounts() {
		String table = between(ok(http, "/"), "<details", "</details>");
		Map<String, Pages.Counted> districts = Pages.openData(http, json, "districts");
		String row = "<a href=\"/places/(\\d{6})\">[^<]+</a>\\s*</th>\\s*<td class=\"text-end\">(\\d+)</td>\\s*<td class=\"text-end\">(\\d+)</td>";
		List<String> codes = all(row, table, 1);
		assertThat(codes).containsExactlyInAnyOrderElementsOf(districts.keySet());
		List<String> programs = all(row, table, 2);
		List<String> articles = all(row, table, 3);
		for (int i = 0; i < codes.size(); i++) {
			assertThat(Long.parseLong(programs.get(i))).isEqualTo(districts.get(codes.get(i)).programs());
			assertThat(Long.parseLong(articles.get(i))).isEqualTo(districts.get(codes.get(i)).articles());
		}
		assertThat(all("scope=\"rowgroup\"", table, 0)).hasSize(11);
	}

	@Test
	void everyTypeLinksToItsProgramsWithItsCount() {
		String home = ok(http, "/");
		List<Map<String, Object>> types = jdbc.sql("""
				select ty.key, ty.name_zh, (select count(distinct p.id) from program p
				  join program_subtype_link l on l.program_id = p.id join program_subtype s on s.key = l.subtype_key
				 where s.type_key = ty.key and p.status = 'PUBLISHED' and p.merged_into is null) as n
				  from program_type ty order by ty.position
				""").query().listOfRows();
		assertThat(types).hasSize(13);
		List<String> linked = all("href=\"/programs\\?type=([a-z_]+)\"", home, 1);
		assertThat(linked).containsExactlyElementsOf(types.stream().map(t -> (String) t.get("key")).toList());
		for (Map<String, Object> type : types) {
			assertThat(home).containsPattern("href=\"/programs\\?type=" + type.get("key") + "\">\\s*<span>"
					+ type.get("name_zh") + "</span>\\s*<span[^>]*>" + type.get("n") + " 个创新项目</span>");
		}
	}

	@Test
	void latestArticlesLinkToTheirPagesNewestFirst() {
		List<Long> newest = jdbc.sql("""
				select a.id from article a join source_page p on p.id = a.source_page_id where a.status = 'PUBLISHED'
				 order by p.issue_date desc nulls last, a.created_at desc, a.id desc limit :n
				""").param("n", HomeController.LATEST_ARTICLES).query(Long.class).list();
		String latest = between(ok(http, "/"), "最新报道", "</section>");
		assertThat(all("href=\"/articles/(\\d+)\"", latest, 1))
			.containsExactlyElementsOf(newest.stream().map(String::valueOf).toList());
		// the seeds' issue dates are unknown, and the import time is for the admin only
		assertThat(latest).contains("出版信息不详").doesNotContain("导入于");
	}

	@Test
	void englishNamesOnRequest() {
		String home = ok(http, "/?lang=en");
		assertThat(home).contains("<html lang=\"en\"")
			.contains("aria-label=\"Yuecheng District: ")
			.contains(">Yuecheng</text>")
			.contains(">Yuecheng District</a>")
			.contains(">Village sages &amp; united front</span>")
			.contains("townships and subdistricts")
			.doesNotContain("个创新项目");
	}

	@Test
	void englishTileLabelsNameOneDistrictEach() {
		List<String> labels = all("<text class=\"tile-name\"[^>]*>([^<]+)</text>", ok(http, "/?lang=en"), 1);
		assertThat(labels).hasSize(90).doesNotHaveDuplicates().contains("Jiande", "Jiashan", "Longwan", "Longgang");
		assertThat(ok(http, "/?lang=en"))
			.contains("textLength=\"40\" lengthAdjust=\"spacingAndGlyphs\">Jiaojiang</text>");
	}

	@Test
	void runsAFixedSmallNumberOfStatements() {
		ok(http, "/");
		statements.reset();
		ok(http, "/");
		// one more for the data version (the ETag), read before every public page
		assertThat(statements.count()).isLessThanOrEqualTo(6);
	}

	@Test
	void carriesNoInlineScriptOrEventHandler() {
		String home = ok(http, "/");
		assertThat(home).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
