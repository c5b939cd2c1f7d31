package org.civicatlas.portal.common;

import java.util.List;

import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views {@code program_place} and {@code article_place} (V94) give every place of the
 * seeded gazetteer exactly the programs and articles that the rules they replaced gave:
 * the code-prefix rule of the article filters and the open data ("its main place or one
 * of its townships is the place or lies below it"), and the program's most precise place
 * by prefix.
 */
@PortalTest
class PlaceMembershipTests {

	// every place with each published article it held by the former prefix rule
	private static final String ARTICLES_BY_PREFIX = """
			select x.code, a.id
			  from (select code from city union all select code from district union all select code from township) x
			  join article a on a.status = 'PUBLISHED'
			   and (coalesce(a.district_code, a.city_code) like x.code || '%'
			        or exists (select 1 from article_township at
			                    where at.article_id = a.id and at.township_code like x.code || '%'))
			""";

	private static final String ARTICLES_BY_VIEW = """
			select distinct v.code, ap.article_id
			  from article_place ap
			 cross join lateral (values (ap.city_code::text), (ap.district_code), (ap.township_code)) v (code)
			 where v.code is not null
			""";

	private static final String PROGRAMS_BY_PREFIX = """
			select x.code, p.id
			  from (select code from city union all select code from district union all select code from township) x
			  join program p on p.status = 'PUBLISHED' and p.merged_into is null
			   and coalesce(p.township_code, p.district_code, p.city_code) like x.code || '%'
			""";

	private static final String PROGRAMS_BY_VIEW = """
			select distinct v.code, pp.program_id
			  from program_place pp
			 cross join lateral (values (pp.city_code::text), (pp.district_code), (pp.township_code)) v (code)
			 where v.code is not null
			""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPlaceHoldsTheSameArticlesAsByThePrefixRule() {
		assertSame(ARTICLES_BY_PREFIX, ARTICLES_BY_VIEW);
	}

	@Test
	void everyPlaceHoldsTheSamePrograms() {
		assertSame(PROGRAMS_BY_PREFIX, PROGRAMS_BY_VIEW);
	}

	@Test
	void theLevelOfACodeNamesItsColumn() {
		assertThat(PlaceMembership.within("f", "3306", "place")).isEqualTo("f.city_code = :place");
		assertThat(PlaceMembership.within("ap", "330602", "code")).isEqualTo("ap.district_code = :code");
		assertThat(PlaceMembership.within("p", "330602004", "code")).isEqualTo("p.township_code = :code");
		assertThat(PlaceMembership.article("a", "ap.city_code = :place"))
			.isEqualTo("a.id in (select ap.article_id from article_place ap where ap.city_code = :place)");
	}

	private void assertSame(String before, String after) {
		List<String> pairs = jdbc.sql("select code || ' ' || id from (" + before + ") b (code, id) order by 1")
			.query(String.class)
			.list();
		// the seeds put articles and programs in every level, townships included
		assertThat(pairs).hasSizeGreaterThan(100).anyMatch(pair -> pair.matches("\\d{9} \\d+"));
		assertThat(jdbc.sql("select code || ' ' || id from (" + after + ") v (code, id) order by 1")
			.query(String.class)
			.list()).containsExactlyElementsOf(pairs);
	}

}
