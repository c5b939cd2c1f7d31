package org.civicatlas.ingest;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.civicatlas.system.SqlArrays.ints;
import static org.civicatlas.system.SqlArrays.strings;

/**
 * A page's articles as a re-import compares them: fields, figures and program links now,
 * and as the pipeline last wrote them ({@code article_import}, {@code null} where not
 * known). Four statements a page.
 */
final class StoredArticles {

	/** A stored article: its fields, figures and links now, and as imported. */
	record Stored(long id, long version, List<Integer> sourceLines, ArticleFields current, ArticleFields base,
			List<FigureComparison.Current> figures, List<FigureValues> baseFigures,
			List<ProgramComparison.Linked> links, List<String> basePrograms) {

		/**
		 * Whether it is the pipeline's as imported: nothing of it was made or changed by
		 * hand.
		 */
		boolean asImported() {
			return base != null && baseFigures != null && basePrograms != null
					&& Arrays.stream(ArticleFields.Field.values()).allMatch(field -> base.same(current, field))
					&& figures.stream().allMatch(figure -> baseFigures.stream().anyMatch(figure.values()::same))
					&& links.stream().allMatch(link -> basePrograms.stream().anyMatch(link::spells));
		}

	}

	private static final String ARTICLES = """
			select a.id, a.version, a.source_lines, a.headline, a.subhead, a.bylines, a.body, a.captions, a.city_code,
			       a.district_code,
			       array(select t.township_code from article_township t where t.article_id = a.id) as townships,
			       i.fields is not null as known, i.fields->>'headline' as b_headline, i.fields->>'subhead' as b_subhead,
			       array(select jsonb_array_elements_text(i.fields->'bylines')) as b_bylines, i.fields->>'body' as b_body,
			       array(select jsonb_array_elements_text(i.fields->'captions')) as b_captions,
			       i.fields->>'cityCode' as b_city, i.fields->>'districtCode' as b_district,
			       array(select jsonb_array_elements_text(i.fields->'townshipCodes')) as b_townships,
			       i.fields->'figures' is not null as figures_known,
			       case when i.fields->'programs' is not null
			            then array(select jsonb_array_elements_text(i.fields->'programs')) end as b_programs
			  from article a left join article_import i on i.article_id = a.id
			 where a.source_page_id = :page and a.status <> 'HIDDEN'
			 order by a.position
			""";

	private static final String FIGURES = """
			select m.article_id, m.id, m.version, m.label, m.value, m.value_max, m.unit, m.approx, m.category, m.quote,
			       m.source_line, m.per, case when p.id is null then '{}' else array_prepend(p.name, p.aliases) end as program
			  from metric m join article a on a.id = m.article_id left join program p on p.id = m.program_id
			 where a.source_page_id = :page order by m.article_id, m.position, m.id
			""";

	private static final String BASE_FIGURES = """
			select i.article_id, f->>'label' as label, (f->>'value')::numeric as value,
			       (f->>'valueMax')::numeric as value_max, f->>'unit' as unit, f->>'approx' as approx,
			       f->>'category' as category, f->>'quote' as quote, (f->>'sourceLine')::int as source_line,
			       f->>'per' as per, case when f->>'program' is null then '{}' else array[f->>'program'] end as program
			  from article_import i join article a on a.id = i.article_id
			 cross join lateral jsonb_array_elements(i.fields->'figures') with ordinality as e(f, n)
			 where a.source_page_id = :page order by i.article_id, e.n
			""";

	private static final String LINKS = """
			select ap.article_id, p.id, p.name, p.aliases from review_article_program ap
			  join article a on a.id = ap.article_id join program p on p.id = ap.program_id
			 where a.source_page_id = :page order by ap.article_id, p.id
			""";

	private StoredArticles() {
	}

	static List<Stored> load(JdbcClient jdbc, long pageId) {
		Map<Long, List<FigureComparison.Current>> figures = new HashMap<>();
		jdbc.sql(FIGURES).param("page", pageId).query(rs -> {
			figures.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
				.add(new FigureComparison.Current(rs.getLong("id"), rs.getLong("version"), figure(rs)));
		});
		Map<Long, List<FigureValues>> baseFigures = new HashMap<>();
		jdbc.sql(BASE_FIGURES).param("page", pageId).query(rs -> {
			baseFigures.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>()).add(figure(rs));
		});
		Map<Long, List<ProgramComparison.Linked>> links = new HashMap<>();
		jdbc.sql(LINKS).param("page", pageId).query(rs -> {
			links.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
				.add(new ProgramComparison.Linked(rs.getLong("id"), rs.getString("name"),
						strings(rs.getArray("aliases"))));
		});
		return jdbc.sql(ARTICLES).param("page", pageId).query((rs, n) -> {
			long id = rs.getLong("id");
			List<FigureValues> base = rs.getBoolean("figures_known") ? baseFigures.getOrDefault(id, List.of()) : null;
			Array programs = rs.getArray("b_programs");
			return new Stored(id, rs.getLong("version"), ints(rs.getArray("source_lines")), current(rs), base(rs),
					figures.getOrDefault(id, List.of()), base, links.getOrDefault(id, List.of()),
					programs == null ? null : strings(programs));
		}).list();
	}

	private static ArticleFields current(ResultSet rs) throws SQLException {
		return new ArticleFields(rs.getString("headline"), rs.getString("subhead"), strings(rs.getArray("bylines")),
				rs.getString("body"), strings(rs.getArray("captions")), rs.getString("city_code"),
				rs.getString("district_code"), strings(rs.getArray("townships")));
	}

	private static ArticleFields base(ResultSet rs) throws SQLException {
		return !rs.getBoolean("known") ? null
				: new ArticleFields(rs.getString("b_headline"), rs.getString("b_subhead"),
						strings(rs.getArray("b_bylines")), rs.getString("b_body"), strings(rs.getArray("b_captions")),
						rs.getString("b_city"), rs.getString("b_district"), strings(rs.getArray("b_townships")));
	}

	private static FigureValues figure(ResultSet rs) throws SQLException {
		BigDecimal value = rs.getBigDecimal("value");
		return new FigureValues(rs.getString("label"), value, rs.getBigDecimal("value_max"), rs.getString("unit"),
				rs.getString("approx"), rs.getString("category"), rs.getString("quote"),
				rs.getObject("source_line", Integer.class), rs.getString("per"), strings(rs.getArray("program")));
	}

}
