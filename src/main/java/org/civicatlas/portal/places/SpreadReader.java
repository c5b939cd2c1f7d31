package org.civicatlas.portal.places;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicatlas.system.IssueDate;
import org.civicatlas.system.PublicCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a type of program has been reported, and when first (issue 13, item 9): for each
 * district and township where a published program of the type runs, the earliest article
 * that reports one, by the issue date of its page (unknown dates last, then the lowest
 * article id). One statement.
 */
@Component
class SpreadReader {

	/**
	 * The first report of the type in one place; {@code programs} counts the type's
	 * programs there.
	 */
	record FirstReport(Level level, String code, Name name, Name district, IssueDate date, long articleId,
			String headline, String headlineEn, long programs) {
	}

	// a program counts for the district and the township it runs in (program_place, V94);
	// the article that reports it is the report; distinct on keeps each place's earliest
	private static final String SQL = """
			with reports as (
			    select p.district_code, p.township_code, a.id as article_id, a.headline, a.headline_en,
			           sp.issue_date, sp.issue_date_precision, p.program_id
			      from program_place p
			      join article_program ap on ap.program_id = p.program_id
			      join article a on a.id = ap.article_id and a.status = 'PUBLISHED'
			      join source_page sp on sp.id = a.source_page_id
			     where p.district_code is not null
			       and exists (select 1 from program_subtype_link l join program_subtype s on s.key = l.subtype_key
			                    where l.program_id = p.program_id and s.type_key = :type)
			), firsts as (
			    select distinct on (district_code) 'DISTRICT' as level, district_code as code, issue_date,
			           issue_date_precision, article_id, headline, headline_en,
			           (select count(distinct program_id) from reports c where c.district_code = r.district_code) as programs
			      from reports r order by district_code, issue_date nulls last, article_id
			), township_firsts as (
			    select distinct on (township_code) 'TOWNSHIP' as level, township_code as code, issue_date,
			           issue_date_precision, article_id, headline, headline_en,
			           (select count(distinct program_id) from reports c where c.township_code = r.township_code) as programs
			      from reports r where township_code is not null
			     order by township_code, issue_date nulls last, article_id
			)
			select f.*, coalesce(t.name, d.name) as name, coalesce(t.name_en, d.name_en) as name_en,
			       d.name as district_name, d.name_en as district_name_en
			  from (select * from firsts union all select * from township_firsts) f
			  left join township t on f.level = 'TOWNSHIP' and t.code = f.code
			  join district d on d.code = left(f.code, 6)
			 order by f.issue_date nulls last, f.article_id, f.level, f.code
			""";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	SpreadReader(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/** The first reports of the type, the earliest first. */
	List<FirstReport> of(String type) {
		return cache.get(Arrays.asList(SpreadReader.class, type),
				() -> jdbc.sql(SQL)
					.param("type", type)
					.query((rs, n) -> new FirstReport(Level.valueOf(rs.getString("level")), rs.getString("code"),
							new Name(rs.getString("name"), rs.getString("name_en")),
							new Name(rs.getString("district_name"), rs.getString("district_name_en")),
							IssueDate.read(rs, "issue_date"), rs.getLong("article_id"), rs.getString("headline"),
							rs.getString("headline_en"), rs.getLong("programs")))
					.list());
	}

	/**
	 * Every district with the number of the type's programs in it, for the map: 0 where
	 * none is reported yet.
	 */
	static List<CountedPlace> districts(List<CountedPlace> all, List<FirstReport> firsts) {
		Map<String, FirstReport> reported = firsts.stream()
			.filter(f -> f.level() == Level.DISTRICT)
			.collect(Collectors.toMap(FirstReport::code, Function.identity()));
		return all.stream()
			.map(d -> new CountedPlace(d.code(), d.name(), d.parentCode(),
					reported.containsKey(d.code()) ? reported.get(d.code()).programs() : 0, 0))
			.toList();
	}

}
