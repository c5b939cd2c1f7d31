package org.civicatlas.metric.admin;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.civicatlas.system.Paged;
import org.civicatlas.system.NotFoundException;
import org.civicatlas.system.PlainNumbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the figure admin pages read, one statement per query. */
@Component
class MetricAdminQueries {

	record Row(long id, String label, String value, String valueMax, String unit, String category, boolean verified,
			long articleId, String headline) {
	}

	/** A figure as its form shows it, with its article and where its quote stands. */
	record Edited(long id, MetricForm form, boolean verified, Integer sourceLine, Context article) {
	}

	/** The article a figure belongs to, and its page. */
	record Context(long id, String headline, long pageId, String pageFile) {
	}

	record ProgramOption(long id, String name) {
	}

	/**
	 * What the list is filtered by; 0 for no article or program, blank for any category.
	 */
	record Filter(String q, String category, long article, long program) {
	}

	private static final String LIST = """
			select m.id, m.label, m.value, m.value_max, m.unit, m.category, m.quote_verified, m.article_id, a.headline,
			       count(*) over () as total
			  from metric m
			  join article a on a.id = m.article_id
			 where (:q = '' or strpos(lower(m.label), lower(:q)) > 0 or strpos(lower(m.quote), lower(:q)) > 0)
			   and (:category = '' or m.category = :category)
			   and (:article = 0 or m.article_id = :article)
			   and (:program = 0 or m.program_id = :program)
			 order by m.article_id desc, m.position, m.id
			 limit :limit offset :offset
			""";

	private static final String EDITED = """
			select m.id, m.article_id, m.program_id, m.label, m.value, m.value_max, m.unit, m.approx, m.category,
			       m.quote, m.version, m.quote_verified, m.source_line,
			       a.headline, a.source_page_id, p.file_name
			  from metric m
			  join article a on a.id = m.article_id
			  join source_page p on p.id = a.source_page_id
			 where m.id = :id
			""";

	private final JdbcClient jdbc;

	MetricAdminQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Paged<Row> list(Filter filter, int page) {
		return Paged.query(
				jdbc.sql(LIST)
					.param("q", filter.q().strip())
					.param("category", filter.category())
					.param("article", filter.article())
					.param("program", filter.program()),
				page, Paged.SIZE,
				(rs, n) -> new Row(rs.getLong("id"), rs.getString("label"),
						PlainNumbers.text(rs.getBigDecimal("value")), PlainNumbers.text(rs.getBigDecimal("value_max")),
						rs.getString("unit"), rs.getString("category"), rs.getBoolean("quote_verified"),
						rs.getLong("article_id"), rs.getString("headline")));
	}

	Edited edited(long id) {
		return jdbc.sql(EDITED)
			.param("id", id)
			.query((rs, n) -> edited(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Metric " + id));
	}

	/**
	 * The article a new figure is added to; null for no or an unknown article (the form
	 * says so).
	 */
	Context article(Long id) {
		if (id == null) {
			return null;
		}
		return jdbc.sql("""
				select a.id, a.headline, a.source_page_id, p.file_name
				  from article a join source_page p on p.id = a.source_page_id where a.id = :id""")
			.param("id", id)
			.query((rs, n) -> context(rs, "id"))
			.optional()
			.orElse(null);
	}

	/** Programs a figure can describe: all but those merged into another. */
	List<ProgramOption> programs() {
		return jdbc.sql("select id, name from program where merged_into is null order by name, id")
			.query((rs, n) -> new ProgramOption(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	private static Edited edited(ResultSet rs) throws SQLException {
		MetricForm form = new MetricForm(rs.getLong("article_id"), rs.getObject("program_id", Long.class),
				rs.getString("label"), stripped(rs, "value"), stripped(rs, "value_max"), rs.getString("unit"),
				rs.getString("approx"), rs.getString("category"), rs.getString("quote"), rs.getLong("version"));
		return new Edited(rs.getLong("id"), form, rs.getBoolean("quote_verified"),
				rs.getObject("source_line", Integer.class), context(rs, "article_id"));
	}

	private static Context context(ResultSet rs, String idColumn) throws SQLException {
		return new Context(rs.getLong(idColumn), rs.getString("headline"), rs.getLong("source_page_id"),
				rs.getString("file_name"));
	}

	private static BigDecimal stripped(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : new BigDecimal(PlainNumbers.text(value));
	}

}
