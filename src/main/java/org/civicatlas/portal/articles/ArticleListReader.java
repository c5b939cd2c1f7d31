package org.civicatlas.portal.articles;

import java.util.List;

import org.civicatlas.portal.common.PlaceName;
import org.civicatlas.portal.common.TypeName;
import org.civicatlas.system.Paged;
import org.civicatlas.system.Publication;
import org.civicatlas.system.PublicCache;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A page of the published articles, newest issue first (articles whose issue date is
 * unknown last; newest import first within an issue date, as on the place pages), in one
 * statement whatever the page holds.
 */
@Component
class ArticleListReader {

	/** An article as the list shows it; its program types in the taxonomy's order. */
	record Summary(long id, String headline, String headlineEn, String subhead, List<String> bylines,
			boolean incomplete, PlaceName city, PlaceName district, List<PlaceName> townships, List<TypeName> types,
			Publication publication) {
	}

	// The page's rows (cut first, so the per-article lists are only built for them) with
	// what the list shows of each.
	private static final String SQL = """
			select a.id, a.headline, a.headline_en, a.subhead, a.bylines, a.incomplete, page.total,
			       c.code as city_code, c.name as city_name, c.name_en as city_name_en,
			       d.code as district_code, d.name as district_name, d.name_en as district_name_en,
			       %s, %s,
			       array(select distinct s.type_key from article_program ap
			               join program pr on pr.id = ap.program_id and pr.status = 'PUBLISHED'
			               join program_subtype_link l on l.program_id = pr.id
			               join program_subtype s on s.key = l.subtype_key
			              where ap.article_id = a.id) as type_keys
			  from (%s) page
			  join article a on a.id = page.id
			  join source_page p on p.id = a.source_page_id
			  left join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			 order by page.issue_date desc nulls last, page.created_at desc, a.id desc
			""";

	/*
	 * Without a type, year or author: the place's rows of article_place_fact, kept at
	 * commit in the lists' order (R__public_summaries.sql; scope '' is all of Zhejiang,
	 * as on the place pages), read up to the page on its index, and the total from the
	 * tally, instead of sorting and counting every published article of the place.
	 */
	private static final String KEPT_PAGE = """
			select f.article_id as id, f.issue_date, f.created_at,
			       (select t.n from public_tally t where t.scope = :scope and t.facet = 'articles' and t.value = '') as total
			  from article_place_fact f
			 where f.scope = :scope
			 order by f.issue_date desc nulls last, f.created_at desc, f.article_id desc
			 limit :limit offset :offset
			""";

	// Any other filter: its published articles, counted in the same statement.
	private static final String FILTERED_PAGE = """
			select a.id, p.issue_date, a.created_at, count(*) over () as total from article a
			  join source_page p on p.id = a.source_page_id
			 where a.status = 'PUBLISHED' %s
			 order by p.issue_date desc nulls last, a.created_at desc, a.id desc limit :limit offset :offset
			""";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	ArticleListReader(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * The page's articles; {@code types} is the taxonomy, which names their type keys.
	 */
	Paged<Summary> page(ArticleFilter filter, int page, int size, List<TypeName> types) {
		return cache.get(List.of(ArticleListReader.class, filter, page, size), () -> read(filter, page, size, types));
	}

	private Paged<Summary> read(ArticleFilter filter, int page, int size, List<TypeName> types) {
		String pageSql = kept(filter) ? KEPT_PAGE : FILTERED_PAGE.formatted(filter.sql());
		return Paged.query(jdbc.sql(SQL.formatted(ArticleColumns.TOWNSHIPS, Publication.columns("p"), pageSql))
			.params(filter.sqlParams())
			.param("scope", filter.place() == null ? "" : filter.place().code()), page, size, (rs, n) -> {
				List<String> keys = SqlArrays.strings(rs.getArray("type_keys"));
				return new Summary(rs.getLong("id"), rs.getString("headline"), rs.getString("headline_en"),
						rs.getString("subhead"), SqlArrays.strings(rs.getArray("bylines")), rs.getBoolean("incomplete"),
						ArticleColumns.place(rs, "city"), ArticleColumns.place(rs, "district"),
						ArticleColumns.townships(rs), types.stream().filter(type -> keys.contains(type.key())).toList(),
						Publication.read(rs));
			});
	}

	/** Whether the kept order and tally answer the filter: at most a place. */
	private static boolean kept(ArticleFilter filter) {
		return filter.type() == null && filter.year() == null && filter.author() == null;
	}

}
