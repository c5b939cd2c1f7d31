package org.civicatlas.portal.places;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.civicatlas.system.PublicCache;
import org.civicatlas.system.Publication;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published articles of a place and their most telling figures: one statement each.
 */
@Component
class PlaceArticlesReader {

	private static final String LATEST = """
			select a.id, a.headline, a.headline_en, %s,
			       coalesce(d.name, c.name) as place, coalesce(d.name_en, c.name_en) as place_en,
			       array(select t.name from article_township at join township t on t.code = at.township_code
			              where at.article_id = a.id order by t.code) as townships,
			       array(select coalesce(t.name_en, t.name) from article_township at join township t on t.code = at.township_code
			              where at.article_id = a.id order by t.code) as townships_en,
			       count(*) over () as total
			  from article a
			  join source_page sp on sp.id = a.source_page_id
			  left join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			 where %s
			 order by sp.issue_date desc nulls last, a.created_at desc, a.id desc
			 limit :limit
			""";

	// The whole province's newest articles come from the order kept at commit
	// (article_fact, R__public_summaries.sql): an
	// index scan of the few rows shown instead of sorting every published article.
	private static final String LATEST_ALL = """
			select a.id, a.headline, a.headline_en, %s,
			       coalesce(d.name, c.name) as place, coalesce(d.name_en, c.name_en) as place_en,
			       array(select t.name from article_township at join township t on t.code = at.township_code
			              where at.article_id = a.id order by t.code) as townships,
			       array(select coalesce(t.name_en, t.name) from article_township at join township t on t.code = at.township_code
			              where at.article_id = a.id order by t.code) as townships_en,
			       (select n from public_tally where scope = '' and facet = 'articles' and value = '') as total
			  from (select f.article_id, f.issue_date, f.created_at from article_fact f
			         order by f.issue_date desc nulls last, f.created_at desc, f.article_id desc
			         limit :limit) f
			  join article a on a.id = f.article_id
			  join source_page sp on sp.id = a.source_page_id
			  left join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			 order by f.issue_date desc nulls last, f.created_at desc, f.article_id desc
			""";

	// Figures in different units cannot be ranked against each other, so each article
	// offers its most
	// telling one (a verified quote, tied to a program, money before shares before
	// counts, the largest),
	// and the newest articles (by issue date, then import) come first.
	private static final String HIGHLIGHTS = """
			select m.article_id, a.headline, a.headline_en, m.label, m.value, m.value_max, m.unit, m.approx, m.category, m.quote,
			       m.source_line
			  from (select distinct on (m.article_id) m.*
			          from metric m
			          join article a on a.id = m.article_id
			         where m.value is not null and %s
			         order by m.article_id, m.quote_verified desc, m.program_id is null,
			                  case m.category when 'money' then 0 when 'percent' then 1 when 'count' then 2 else 3 end,
			                  m.value desc nulls last, m.id) m
			  join article a on a.id = m.article_id
			  join source_page sp on sp.id = a.source_page_id
			 order by sp.issue_date desc nulls last, a.created_at desc, a.id desc
			 limit :limit
			""";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	PlaceArticlesReader(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/** The scope's newest articles, at most {@code limit}, and how many it has in all. */
	Shown<ArticleItem> latest(PlaceScope scope, int limit) {
		String sql = scope.code() == null ? LATEST_ALL.formatted(Publication.columns("sp"))
				: LATEST.formatted(Publication.columns("sp"), scope.onArticle("a"));
		return cache.get(List.of(PlaceArticlesReader.class, "latest", scope, limit),
				() -> Shown.of(jdbc.sql(sql)
					.param("code", scope.code())
					.param("limit", limit)
					.query((rs, n) -> new Shown.Row<>(article(rs), rs.getLong("total")))
					.list()));
	}

	/** At most {@code limit} figures, one per article, newest articles first. */
	List<Highlight> highlights(PlaceScope scope, int limit) {
		return cache.get(List.of(PlaceArticlesReader.class, "highlights", scope, limit), () -> jdbc
			.sql(HIGHLIGHTS.formatted(scope.onArticle("a")))
			.param("code", scope.code())
			.param("limit", limit)
			.query((rs, n) -> new Highlight(rs.getLong("article_id"), rs.getString("headline"),
					rs.getString("headline_en"), rs.getString("label"), rs.getBigDecimal("value"),
					rs.getBigDecimal("value_max"), rs.getString("unit"), rs.getString("approx"),
					rs.getString("category"), rs.getString("quote"), rs.getObject("source_line", Integer.class)))
			.list());
	}

	private static ArticleItem article(ResultSet rs) throws SQLException {
		List<String> zh = SqlArrays.strings(rs.getArray("townships"));
		List<String> en = SqlArrays.strings(rs.getArray("townships_en"));
		List<Name> townships = new ArrayList<>();
		for (int i = 0; i < zh.size(); i++) {
			townships.add(new Name(zh.get(i), en.get(i)));
		}
		Name place = rs.getString("place") == null ? null : new Name(rs.getString("place"), rs.getString("place_en"));
		return new ArticleItem(rs.getLong("id"), rs.getString("headline"), rs.getString("headline_en"), place,
				List.copyOf(townships), Publication.read(rs));
	}

}
