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

	// The newest articles of the place (or of Zhejiang) in the order kept at commit
	// (article_place_fact, R__public_summaries.sql): an index scan of the rows shown,
	// however many the place has; the total from the tally.
	private static final String LATEST = """
			select a.id, a.headline, a.headline_en, %s,
			       coalesce(d.name, c.name) as place, coalesce(d.name_en, c.name_en) as place_en,
			       array(select t.name from article_township at join township t on t.code = at.township_code
			              where at.article_id = a.id order by t.code) as townships,
			       array(select coalesce(t.name_en, t.name) from article_township at join township t on t.code = at.township_code
			              where at.article_id = a.id order by t.code) as townships_en,
			       (select n from public_tally where scope = :scope and facet = :facet and value = '') as total
			  from article_place_fact x
			  join article a on a.id = x.article_id
			  join source_page sp on sp.id = a.source_page_id
			  left join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			 where %s
			 order by x.issue_date desc nulls last, x.created_at desc, x.article_id desc
			 limit :limit
			""";

	// Figures in different units cannot be ranked against each other, so each article
	// offers its most telling one (a verified quote, tied to a program, money before
	// shares before counts, the largest), and the newest articles (by issue date, then
	// import) come first: the place's articles with figures are walked newest first
	// until enough have offered one.
	private static final String HIGHLIGHTS = """
			select x.article_id, a.headline, a.headline_en, m.label, m.value, m.value_max, m.unit, m.approx, m.category,
			       m.quote, m.source_line
			  from article_place_fact x
			 cross join lateral (select m.* from metric m
			                      where m.article_id = x.article_id and m.value is not null
			                      order by m.quote_verified desc, m.program_id is null,
			                               case m.category when 'money' then 0 when 'percent' then 1 when 'count' then 2 else 3 end,
			                               m.value desc nulls last, m.id
			                      limit 1) m
			  join article a on a.id = x.article_id
			 where %s and x.figures > 0
			 order by x.issue_date desc nulls last, x.created_at desc, x.article_id desc
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
		return cache.get(List.of(PlaceArticlesReader.class, "latest", scope, limit),
				() -> Shown.of(jdbc.sql(LATEST.formatted(Publication.columns("sp"), scope.onArticle("x")))
					.param("scope", scope.tallyScope())
					.param("facet", scope.tallyFacet("articles"))
					.param("limit", limit)
					.query((rs, n) -> new Shown.Row<>(article(rs), rs.getLong("total")))
					.list()));
	}

	/** At most {@code limit} figures, one per article, newest articles first. */
	List<Highlight> highlights(PlaceScope scope, int limit) {
		return cache.get(List.of(PlaceArticlesReader.class, "highlights", scope, limit), () -> jdbc
			.sql(HIGHLIGHTS.formatted(scope.onArticle("x")))
			.param("scope", scope.tallyScope())
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
