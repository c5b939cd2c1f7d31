package org.civicatlas.portal.programs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The finder's two statements over the published programs: the facet counts (with the total), and
 * one page of results. Both start from the same common table: each candidate program with its
 * types, subtypes, counts and one flag per filter saying whether the program passes it. A facet
 * counts the programs that pass every filter but its own; the results are those that pass all. Only
 * fixed fragments chosen by the filters go into the SQL text; every value is a bound parameter.
 */
final class FinderSql {

	record Statement(String sql, Map<String, Object> params) {
	}

	// Subtypes, types and counts are aggregated once per table and joined (hash joins), rather than
	// looked up per program with correlated sub-selects: the facets need every candidate, and at 100 000
	// programs the per-row look-ups took several times longer (docs/programs.md).
	private static final String CANDIDATES = """
			with candidate as (
			  select p.id, p.name, p.city_code, p.district_code, p.township_code,
			         coalesce(p.township_code, p.district_code, p.city_code) as place_code,
			         coalesce(st.subtypes, '{}') as subtypes, coalesce(st.types, '{}') as types,
			         coalesce(mc.n, 0) as metric_count, coalesce(ac.n, 0) as article_count
			    from program p
			    left join (select l.program_id, array_agg(l.subtype_key::text order by l.position) as subtypes,
			                      array_agg(distinct s.type_key::text) as types
			                 from program_subtype_link l join program_subtype s on s.key = l.subtype_key
			                group by l.program_id) st on st.program_id = p.id
			    left join (select m.program_id, count(*) as n from metric m join article a on a.id = m.article_id
			                where a.status = 'PUBLISHED' group by m.program_id) mc on mc.program_id = p.id
			    left join (select ap.program_id, count(*) as n
			                 from article_program ap join article a on a.id = ap.article_id
			                where a.status = 'PUBLISHED' group by ap.program_id) ac on ac.program_id = p.id
			   where p.status = 'PUBLISHED' and p.merged_into is null%s
			), flagged as (
			  select c.*, %s as type_ok, %s as subtype_ok, %s as place_ok, %s as metrics_ok
			    from candidate c
			)
			""";

	// The text is not a facet (it has no values to count), so it narrows the candidates themselves.
	private static final String TEXT = """

			     and (strpos(lower(p.name), :q) > 0
			          or exists (select 1 from unnest(p.aliases) alias where strpos(lower(alias), :q) > 0)
			          or strpos(lower(coalesce(p.description, '')), :q) > 0)""";

	private static final String FACETS = """
			select 'total' as facet, cast(null as text) as value,
			       count(*) filter (where type_ok and subtype_ok and place_ok and metrics_ok) as n
			  from flagged
			union all
			select 'type', t, count(*) from flagged cross join unnest(types) t
			 where subtype_ok and place_ok and metrics_ok group by t
			union all
			select 'subtype', s, count(*) from flagged cross join unnest(subtypes) s
			 where type_ok and place_ok and metrics_ok group by s
			union all
			select 'metrics', 'yes', count(*) from flagged
			 where metric_count > 0 and type_ok and subtype_ok and place_ok
			""";

	// The place facet lists the places one level below the chosen one (the cities when none is), so it
	// keeps the place filter: a child's count is what choosing that child gives.
	private static final String PLACE_FACET = """
			union all
			select 'place', left(place_code, :childLength), count(*) from flagged
			 where type_ok and subtype_ok and metrics_ok and place_ok and length(place_code) >= :childLength
			 group by 2
			""";

	private static final String RESULTS = """
			select f.id, f.name, p.aliases, left(p.description, 200) as description, f.subtypes,
			       f.metric_count, f.article_count, p.village_name,
			       c.name as city, c.name_en as city_en, d.name as district, d.name_en as district_en,
			       t.name as township, t.name_en as township_en
			  from flagged f
			  join program p on p.id = f.id
			  left join city c on c.code = f.city_code
			  left join district d on d.code = f.district_code
			  left join township t on t.code = f.township_code
			 where f.type_ok and f.subtype_ok and f.place_ok and f.metrics_ok
			 order by %s
			 limit :limit offset :offset
			""";

	private FinderSql() {
	}

	/** @param childLength the code length of the place facet's values, or 0 when there is no level below */
	static Statement facets(FinderQuery query, int childLength) {
		Map<String, Object> params = params(query);
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

	private static String candidates(FinderQuery query) {
		return CANDIDATES.formatted(query.q() == null ? "" : TEXT,
				query.types().isEmpty() ? "true" : "c.types && cast(array[:types] as text[])",
				query.subtypes().isEmpty() ? "true" : "c.subtypes && cast(array[:subtypes] as text[])",
				query.place() == null ? "true" : "c." + placeColumn(query.place()) + " = :place",
				query.metrics() ? "c.metric_count > 0" : "true");
	}

	/** A program runs in a place or below it when its column of that place's level holds the code. */
	private static String placeColumn(String code) {
		return switch (code.length()) {
			case 4 -> "city_code";
			case 6 -> "district_code";
			case 9 -> "township_code";
			default -> throw new IllegalArgumentException("not a place code: " + code);
		};
	}

	private static String order(FinderQuery.Sort sort) {
		// names sort by pinyin (ICU's Chinese collation), the id breaks every tie so pages never overlap
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
