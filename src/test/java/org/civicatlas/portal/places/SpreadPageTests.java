package org.civicatlas.portal.places;

import java.util.List;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.places.Pages.all;
import static org.civicatlas.portal.places.Pages.ok;

/**
 * {@code /spread}: where a type of program was first reported, place by place (issue 13,
 * item 9).
 */
@PortalTest
class SpreadPageTests {

	private static final String TYPE = "village_sages_united_front";

	// the districts and townships where a published program of the type runs that a
	// published article reports
	private static final String PLACES = """
			select distinct %s from program p
			  join article_program ap on ap.program_id = p.id
			  join article a on a.id = ap.article_id and a.status = 'PUBLISHED'
			 where p.status = 'PUBLISHED' and p.merged_into is null and %s is not null
			   and exists (select 1 from program_subtype_link l join program_subtype s on s.key = l.subtype_key
			                where l.program_id = p.id and s.type_key = :type)
			 order by 1
			""";

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void listsTheFirstReportOfEveryDistrictAndTownshipWhereTheTypeRuns() {
		List<String> districts = places("p.district_code");
		List<String> townships = places("p.township_code");
		assertThat(districts).isNotEmpty();
		String page = ok(http, "/spread?type=" + TYPE);
		List<String> listed = all("<li class=\"mb-2\" id=\"first-(\\d+)\">", page, 1);
		assertThat(listed.stream().filter(c -> c.length() == 6).sorted().toList()).isEqualTo(districts);
		assertThat(listed.stream().filter(c -> c.length() == 9).sorted().toList()).isEqualTo(townships);
		assertThat(page).contains("在 90 个县（市、区）中的 " + districts.size() + " 个、" + townships.size() + " 个乡镇（街道）见报");
		// the map colours exactly those districts; every other tile says not reported yet
		long grey = all("<a class=\"tile bucket-none\"", page, 0).size();
		assertThat(grey).isEqualTo(90 - districts.size());
	}

	@Test
	void theEarliestIssueDateComesFirstAndUnknownDatesLast() {
		String township = places("p.township_code").get(0);
		long article = jdbc.sql("""
				select min(a.id) from article a join article_program ap on ap.article_id = a.id
				  join program p on p.id = ap.program_id
				 where p.township_code = :code and a.status = 'PUBLISHED'
				   and exists (select 1 from program_subtype_link l join program_subtype s on s.key = l.subtype_key
				                where l.program_id = p.id and s.type_key = :type)
				""").param("code", township).param("type", TYPE).query(Long.class).single();
		long page = jdbc.sql("select source_page_id from article where id = :id")
			.param("id", article)
			.query(Long.class)
			.single();
		try {
			jdbc.sql(
					"update source_page set issue_date = date '2022-05-01', issue_date_precision = 'MONTH' where id = :id")
				.param("id", page)
				.update();
			statements.reset();
			String body = ok(http, "/spread?type=" + TYPE);
			List<String> listed = all("<li class=\"mb-2\" id=\"first-(\\d+)\">", body, 1);
			// the dated report's places lead the timeline, with the month as known
			assertThat(listed.get(0)).isIn(township.substring(0, 6), township);
			assertThat(body).contains("<time datetime=\"2022-05\">2022年5月</time>");
		}
		finally {
			jdbc.sql("update source_page set issue_date = null, issue_date_precision = null where id = :id")
				.param("id", page)
				.update();
			statements.reset();
		}
	}

	@Test
	void anUnknownTypeIsNotFoundAndNoTypeOffersTheTypes() {
		assertThat(http.get("/spread?type=no_such_type").statusCode()).isEqualTo(404);
		assertThat(ok(http, "/spread")).contains("id=\"spread-type\"").doesNotContain("id=\"spread-timeline\"");
	}

	@Test
	void englishNamesTheTownshipsWithTheirDistrict() {
		String page = ok(http, "/spread?type=" + TYPE + "&lang=en");
		assertThat(page).contains("How “Village sages &amp; united front” spread")
			.containsPattern(
					"Subdistrict</a>\\s*<span class=\"small text-body-secondary\">\\([A-Z][a-z']+ (District|County|City)\\)</span>");
	}

	@Test
	void runsAFixedSmallNumberOfStatements() {
		ok(http, "/spread?type=" + TYPE);
		statements.reset();
		ok(http, "/spread?type=" + TYPE + "&x=1");
		// the data version, the types, the districts and the spread; nothing when cached
		assertThat(statements.count()).isLessThanOrEqualTo(4);
		statements.resetKeepingCache();
		ok(http, "/spread?type=" + TYPE);
		assertThat(statements.count()).isLessThanOrEqualTo(1);
	}

	private List<String> places(String column) {
		return jdbc.sql(PLACES.formatted(column, column)).param("type", TYPE).query(String.class).list();
	}

}
