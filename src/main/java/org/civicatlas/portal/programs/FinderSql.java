package org.civicatlas.portal.programs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.civicatlas.portal.common.PlaceMembership;

/**
 * The finder's two statements over the published programs: the facet counts (with the
 * total), and one page of results. Both start from the same common table: each candidate
 * program (of the chosen place, which every facet keeps) with its types, subtypes, counts
 * and one flag per other filter saying whether the program passes it. A facet counts the
 * programs that pass every filter but its own; the results are those that pass all. With
 * no filter but a place, the counts are read from the tally instead. Only fixed fragments
 * chosen by the filters go into the SQL text; every value is a bound parameter.
 */
final class FinderSql {

	record Statement(String sql, Map<String, Object> params) {
	}

	// The candidates' subtypes, types and counts are kept at commit in program_fact
	// (R__public_summaries.sql), one row per
	// public program, so a filtered finder reads that narrow table instead of aggregating
	// links and
	// figures of the whole corpus.
	private static final String CANDIDATES = """
			with candidate as %s(
			  select f.program_id as id, f.name, f.city_code, f.district_code, f.township_code, f.place_code,
			         f.subtypes, f.types, f.metric_count, f.article_count
			    from program_fact f%s%s
			), flagged as (
			  select c.*, %s as type_ok, %s as subtype_ok, %s as metrics_ok
			    from candidate c
			)
			""";

	private static final String TEXT_SOURCE = """

			join program p on p.id = f.program_id""";

	// Every facet keeps the place filter (the place facet lists the chosen place's
	// children), so a
	// chosen place narrows the candidates themselves: an index scan of that place's
	// programs.
	private static final String PLACE = """

			where %s""";

	// Without a filter but the place (the finder as first opened, or a place chosen),
	// every facet count
	// is a row of the tally kept at commit (public_tally, R__public_summaries.sql):
	// nothing is counted per request.
	private static final String TALLIED_FACETS = """
			select case t.facet when 'programs' then 'total' else t.facet end as facet,
			       nullif(t.value, '') as value, t.n
			  from public_tally t
			 where t.scope = :scope and t.facet in ('programs', 'type', 'subtype', 'metrics') and t.n > 0
			""";

	private static final String TALLIED_PLACES = """
			union all
			select 'place', t.scope, t.n
			  from public_tally t
			 where t.facet = 'programs' and t.value = '' and t.n > 0
			   and length(t.scope) = :childLength and t.scope like :scope || '%'
			""";

	// The text is not a facet (it has no values to count), so it narrows the candidates
	// themselves.
	private static final String TEXT = """

			and (strpos(lower(p.name), :q) > 0
			     or exists (select 1 from unnest(p.aliases) alias where strpos(lower(alias), :q) > 0)
			     or strpos(lower(coalesce(p.description, '')), :q) > 0)""";

	private static final String FACETS = """
			select 'total' as facet, cast(null as text) as value,
			       count(*) filter (where type_ok and subtype_ok and metrics_ok) as n
			  from flagged
			union all
			select 'type', t, count(*) from flagged cross join unnest(types) t
			 where subtype_ok and metrics_ok group by t
			union all
			select 'subtype', s, count(*) from flagged cross join unnest(subtypes) s
			 where type_ok and metrics_ok group by s
			union all
			select 'metrics', 'yes', count(*) from flagged
			 where metric_count > 0 and type_ok and subtype_ok
			""";

	// The place facet lists the places one level below the chosen one (the cities when
	// none is), so it
	// keeps the place filter: a child's count is what choosing that child gives.
	private static final String PLACE_FACET = """
			union all
			select 'place', left(place_code, :childLength), count(*) from flagged
			 where type_ok and subtype_ok and metrics_ok and length(place_code) >= :childLength
			 group by 2
			""";

	// The page is cut from the candidates' own columns first, so only its rows are
	// joined to the programs (a district's thousand candidates are not).
	private static final String RESULTS = """
			select f.id, f.name, p.aliases, left(p.description, 200) as description, f.subtypes,
			       f.metric_count, f.article_count, p.village_name,
			       c.name as city, c.name_en as city_en, d.name as district, d.name_en as district_en,
			       t.name as township, t.name_en as township_en
			  from (select f.* from flagged f
			         where f.type_ok and f.subtype_ok and f.metrics_ok
			         order by %1$s
			         limit :limit offset :offset) f
			  join program p on p.id = f.id
			  left join city c on c.code = f.city_code
			  left join district d on d.code = f.district_code
			  left join township t on t.code = f.township_code
			 order by %1$s
			""";

	private FinderSql() {
	}

	/**
	 * @param childLength the code length of the place facet's values, or 0 when there is
	 * no level below
	 */
	static Statement facets(FinderQuery query, int childLength) {
		Map<String, Object> params = params(query);
		if (tallied(query)) {
			params.put("scope", query.place() == null ? "" : query.place());
			String sql = TALLIED_FACETS;
			if (childLength > 0) {
				sql += TALLIED_PLACES;
				params.put("childLength", childLength);
			}
			return new Statement(sql, params);
		}
		String sql = candidates(query) + FACETS;
		if (childLength > 0) {
			sql += PLACE_FACET;
			params.put("childLength", childLength);
		}
		return new Statement(sql, params);
	}

	static Statement results(FinderQuery query) {
		Map<String, Object> params = params(query);
		params.put("limit", FinderQuery.PAGE_SIZE);
		params.put("offset", query.offset());
		return new Statement(candidates(query) + RESULTS.formatted(order(query.sort())), params);
	}

	/** Whether the facet counts are all kept in the tally: no filter but a place. */
	private static boolean tallied(FinderQuery query) {
		return query.q() == null && query.types().isEmpty() && query.subtypes().isEmpty() && !query.metrics();
	}

	private static String candidates(FinderQuery query) {
		return CANDIDATES.formatted(narrow(query) ? "materialized " : "", query.q() == null ? "" : TEXT_SOURCE,
				(query.place() == null ? "\n   where true"
						: PLACE.formatted(PlaceMembership.within("f", query.place(), "place")))
						+ (query.q() == null ? "" : TEXT),
				query.types().isEmpty() ? "true" : "c.types && cast(array[:types] as text[])",
				query.subtypes().isEmpty() ? "true" : "c.subtypes && cast(array[:subtypes] as text[])",
				query.metrics() ? "c.metric_count > 0" : "true");
	}

	/**
	 * Whether the candidates are a district's or a township's programs: a thousand or so
	 * at 1,000 times the seeds, read from the place's index and sorted, which the planner
	 * otherwise skips for a walk of the whole province's order
	 * (program_fact_articles_idx) that tests thousands of other places' programs before
	 * it finds a page (EXPLAIN ANALYZE at 1,000x, a type in a district: 8,421 rows
	 * removed by the filter). A city holds a tenth of the province: walking the order
	 * finds its page sooner.
	 */
	private static boolean narrow(FinderQuery query) {
		return query.place() != null && query.place().length() > 4;
	}

	private static String order(FinderQuery.Sort sort) {
		// names sort by pinyin (ICU's Chinese collation), the id breaks every tie so
		// pages never overlap
		return switch (sort) {
			case ARTICLES -> "f.article_count desc, f.metric_count desc, f.id";
			case METRICS -> "f.metric_count desc, f.article_count desc, f.id";
			case NAME -> "f.name collate \"zh-x-icu\", f.id";
			case PLACE -> "f.place_code nulls last, f.name collate \"zh-x-icu\", f.id";
		};
	}

	private static Map<String, Object> params(FinderQuery query) {
		Map<String, Object> params = new HashMap<>();
		if (query.q() != null) {
			params.put("q", query.q().toLowerCase(Locale.ROOT));
		}
		if (!query.types().isEmpty()) {
			params.put("types", query.types());
		}
		if (!query.subtypes().isEmpty()) {
			params.put("subtypes", query.subtypes());
		}
		if (query.place() != null) {
			params.put("place", query.place());
		}
		return params;
	}

}
