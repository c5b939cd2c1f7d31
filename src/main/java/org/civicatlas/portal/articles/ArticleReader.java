package org.civicatlas.portal.articles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicatlas.portal.common.PlaceName;
import org.civicatlas.system.Publication;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One published article: its page (one statement), its figures (one more), or its source
 * page.
 */
@Component
class ArticleReader {

	record ProgramRef(long id, String name) {
	}

	record Article(long id, String headline, String headlineEn, String subhead, List<String> bylines,
			List<String> paragraphs, List<String> captions, boolean incomplete, PlaceName city, PlaceName district,
			List<PlaceName> townships, List<ProgramRef> programs, Publication publication) {
	}

	record Figure(long id, String label, BigDecimal value, BigDecimal valueMax, String unit, String approx,
			String category, String quote, Integer line) {
	}

	/**
	 * The article's lines (1-based, in reading order) on its page, and the page's text as
	 * uploaded.
	 */
	record Source(long id, String headline, String headlineEn, String file, String rawText, List<Integer> lines) {
	}

	private static final String ARTICLE = """
			select a.id, a.headline, a.headline_en, a.subhead, a.bylines, a.body, a.captions, a.incomplete,
			       c.code as city_code, c.name as city_name, c.name_en as city_name_en,
			       d.code as district_code, d.name as district_name, d.name_en as district_name_en,
			       %s, %s,
			       array(select pr.id from article_program ap join program pr on pr.id = ap.program_id
			              where ap.article_id = a.id and pr.status = 'PUBLISHED' order by pr.id) as program_ids,
			       array(select pr.name from article_program ap join program pr on pr.id = ap.program_id
			              where ap.article_id = a.id and pr.status = 'PUBLISHED' order by pr.id) as program_names
			  from article a
			  join source_page p on p.id = a.source_page_id
			  left join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			 where a.id = :id and a.status = 'PUBLISHED'
			""".formatted(ArticleColumns.TOWNSHIPS, Publication.columns("p"));

	private static final String FIGURES = """
			select m.id, m.label, m.value, m.value_max, m.unit, m.approx, m.category, m.quote, m.source_line
			  from metric m where m.article_id = :id order by m.position, m.id
			""";

	private static final String SOURCE = """
			select a.id, a.headline, a.headline_en, a.source_lines, p.file_name, p.raw_text
			  from article a join source_page p on p.id = a.source_page_id
			 where a.id = :id and a.status = 'PUBLISHED'
			""";

	private final JdbcClient jdbc;

	ArticleReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Article> article(long id) {
		return jdbc.sql(ARTICLE).param("id", id).query((rs, n) -> {
			List<Long> programIds = SqlArrays.longs(rs.getArray("program_ids"));
			List<String> programNames = SqlArrays.strings(rs.getArray("program_names"));
			List<ProgramRef> programs = new ArrayList<>();
			for (int i = 0; i < programIds.size(); i++) {
				programs.add(new ProgramRef(programIds.get(i), programNames.get(i)));
			}
			return new Article(rs.getLong("id"), rs.getString("headline"), rs.getString("headline_en"),
					rs.getString("subhead"), SqlArrays.strings(rs.getArray("bylines")),
					List.of(rs.getString("body").split("\n\n")), SqlArrays.strings(rs.getArray("captions")),
					rs.getBoolean("incomplete"), ArticleColumns.place(rs, "city"), ArticleColumns.place(rs, "district"),
					ArticleColumns.townships(rs), programs, Publication.read(rs));
		}).optional();
	}

	List<Figure> figures(long articleId) {
		return jdbc.sql(FIGURES)
			.param("id", articleId)
			.query((rs, n) -> new Figure(rs.getLong("id"), rs.getString("label"), rs.getBigDecimal("value"),
					rs.getBigDecimal("value_max"), rs.getString("unit"), rs.getString("approx"),
					rs.getString("category"), rs.getString("quote"), rs.getObject("source_line", Integer.class)))
			.list();
	}

	Optional<Source> source(long id) {
		return jdbc.sql(SOURCE)
			.param("id", id)
			.query((rs, n) -> new Source(rs.getLong("id"), rs.getString("headline"), rs.getString("headline_en"),
					rs.getString("file_name"), rs.getString("raw_text"), SqlArrays.ints(rs.getArray("source_lines"))))
			.optional();
	}

}
