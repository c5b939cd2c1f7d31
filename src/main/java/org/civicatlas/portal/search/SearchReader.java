package org.civicatlas.portal.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.civicatlas.portal.common.PlaceName;
import org.civicatlas.system.Paged;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.civicatlas.system.SqlArrays.strings;

/**
 * The search queries: one statement per kind, whatever the number of matches. Each finds
 * its matches through a GIN index on the bigram vectors of V5__search.sql; articles and
 * programs count and rank at most {@link #CAP} of them (a bounded set of candidates,
 * whatever the query) and return one page. The statements are package-private so that
 * tests and the benchmark can {@code EXPLAIN} them.
 */
@Repository
class SearchReader {

	record PlaceHit(String level, String code, PlaceName name, PlaceName district, PlaceName city) {
	}

	record ProgramHit(long id, String name, List<String> aliases, String description, PlaceName township,
			PlaceName district, PlaceName city, String village) {
	}

	record ArticleHit(long id, String headline, String headlineEn, List<String> bylines, String body,
			PlaceName district, PlaceName city) {
	}

	// The where clauses repeat the expressions of the place indexes word for word, so
	// that they are used.
	// A place whose whole name is the query comes first, then cities, districts,
	// townships.
	static final String PLACES = """
			select level, code, name, name_en, district_name, district_name_en, city_name, city_name_en,
			       count(*) over () as total
			  from (select 'city' as level, 1 as depth, c.code, c.name, c.name_en,
			               null as district_name, null as district_name_en, null as city_name, null as city_name_en
			          from city c
			         where search_bigrams(variadic array[c.name::text, c.name_en::text] || c.aliases) @@ cast(:query as tsquery)
			        union all
			        select 'district', 2, d.code, d.name, d.name_en, null, null, c.name, c.name_en
			          from district d join city c on c.code = d.city_code
			         where search_bigrams(variadic array[d.name::text, d.name_en::text] || d.aliases) @@ cast(:query as tsquery)
			        union all
			        select 'township', 3, t.code, t.name, t.name_en, d.name, d.name_en, c.name, c.name_en
			          from township t join district d on d.code = t.district_code join city c on c.code = d.city_code
			         where search_bigrams(variadic array[t.name::text, t.name_en::text] || t.aliases) @@ cast(:query as tsquery)
			       ) places
			 order by name = :text desc, depth, length(name), code
			 limit :limit offset :offset
			""";

	/**
	 * The most matches of a kind a search counts, ranks and pages through; beyond it the
	 * page says "more than" this number. Counting or ranking every match would make the
	 * cost of a common word (乡贤 is in 28,000 of 119,000 programs in the benchmark) grow
	 * with the corpus; a refined query finds the rest.
	 */
	static final int CAP = 200;

	/*
	 * The candidates, never more than 2 * cap + 1 rows whatever the query: the first cap
	 * + 1 title hits from the title index, then, only when there are no more title hits
	 * than the cap (else they fill every page offered and the word is common anyway), the
	 * first cap + 1 matches of the whole vector. Each limit stops the heap scan in the
	 * order the rows are stored; no match beyond is visited. With no more matches than
	 * the cap, the candidates are all of them and the count is exact. The middle select
	 * ranks and counts the candidates (before its limit, which stops at the cap); the
	 * outer one joins the page's rows.
	 */
	static final String PROGRAMS = """
			with titles as materialized (
			         select id from program, cast(:query as tsquery) as query
			          where status = 'PUBLISHED' and merged_into is null and search_title @@ query
			          limit :cap + 1),
			     candidates as (
			         select id, bool_or(title_hit) as title_hit
			           from (select id, true as title_hit from titles
			                 union all
			                 (select id, search_title @@ query
			                    from program, cast(:query as tsquery) as query
			                   where status = 'PUBLISHED' and merged_into is null and search_vector @@ query
			                     and (select count(*) from titles) <= :cap
			                   limit :cap + 1)) found
			          group by id)
			select p.id, p.name, p.aliases, p.description, p.village_name, p.township_code, p.district_code, p.city_code,
			       t.name as township_name, t.name_en as township_name_en, d.name as district_name,
			       d.name_en as district_name_en, c.name as city_name, c.name_en as city_name_en, ranked.total
			  from (select candidates.id, count(*) over () as total, title_hit, ts_rank(pr.search_vector, query) as rank
			          from candidates
			          join program pr on pr.id = candidates.id,
			               cast(:query as tsquery) as query
			         order by title_hit desc, rank desc, candidates.id desc
			         limit least(:limit, greatest(:cap - :offset, 0)) offset :offset) ranked
			  join program p on p.id = ranked.id
			  left join township t on t.code = p.township_code
			  left join district d on d.code = p.district_code
			  left join city c on c.code = p.city_code
			 order by ranked.title_hit desc, ranked.rank desc, ranked.id desc
			""";

	static final String ARTICLES = """
			with titles as materialized (
			         select id from article, cast(:query as tsquery) as query
			          where status = 'PUBLISHED' and search_title @@ query
			          limit :cap + 1),
			     candidates as (
			         select id, bool_or(title_hit) as title_hit
			           from (select id, true as title_hit from titles
			                 union all
			                 (select id, search_title @@ query
			                    from article, cast(:query as tsquery) as query
			                   where status = 'PUBLISHED' and search_vector @@ query
			                     and (select count(*) from titles) <= :cap
			                   limit :cap + 1)) found
			          group by id)
			select a.id, a.headline, a.headline_en, a.bylines, a.body, a.district_code, a.city_code, d.name as district_name, d.name_en as district_name_en,
			       c.name as city_name, c.name_en as city_name_en, ranked.total
			  from (select candidates.id, count(*) over () as total, title_hit, ts_rank(ar.search_vector, query) as rank
			          from candidates
			          join article ar on ar.id = candidates.id,
			               cast(:query as tsquery) as query
			         order by title_hit desc, rank desc, candidates.id desc
			         limit least(:limit, greatest(:cap - :offset, 0)) offset :offset) ranked
			  join article a on a.id = ranked.id
			  left join district d on d.code = a.district_code
			  left join city c on c.code = a.city_code
			 order by ranked.title_hit desc, ranked.rank desc, ranked.id desc
			""";

	private final JdbcClient jdbc;

	SearchReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Paged<PlaceHit> places(SearchQuery query, int page, int size) {
		return hits(jdbc.sql(PLACES).param("text", query.text()), query, page, size,
				(rs, n) -> new PlaceHit(rs.getString("level"), rs.getString("code"),
						PlaceName.of(rs.getString("code"), rs.getString("name"), rs.getString("name_en")),
						// a place's district and city are the first digits of its code
						place(rs, "district", left(rs.getString("code"), 6)),
						place(rs, "city", left(rs.getString("code"), 4))));
	}

	Paged<ProgramHit> programs(SearchQuery query, int page, int size) {
		return hits(jdbc.sql(PROGRAMS).param("cap", CAP), query, page, size,
				(rs, n) -> new ProgramHit(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("aliases")),
						rs.getString("description"), place(rs, "township", rs.getString("township_code")),
						place(rs, "district", rs.getString("district_code")),
						place(rs, "city", rs.getString("city_code")), rs.getString("village_name")));
	}

	Paged<ArticleHit> articles(SearchQuery query, int page, int size) {
		return hits(jdbc.sql(ARTICLES).param("cap", CAP), query, page, size,
				(rs, n) -> new ArticleHit(rs.getLong("id"), rs.getString("headline"), rs.getString("headline_en"),
						strings(rs.getArray("bylines")), rs.getString("body"),
						place(rs, "district", rs.getString("district_code")),
						place(rs, "city", rs.getString("city_code"))));
	}

	private static <T> Paged<T> hits(JdbcClient.StatementSpec statement, SearchQuery query, int page, int size,
			RowMapper<T> row) {
		return Paged.query(statement.param("query", query.tsquery()), page, size, row);
	}

	/**
	 * The place of a level that the row names in its columns {@code <level>_name(_en)}.
	 */
	private static PlaceName place(ResultSet rs, String level, String code) throws SQLException {
		return PlaceName.of(code, rs.getString(level + "_name"), rs.getString(level + "_name_en"));
	}

	private static String left(String code, int length) {
		return code.length() > length ? code.substring(0, length) : null;
	}

}
