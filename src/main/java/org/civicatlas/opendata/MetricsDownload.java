package org.civicatlas.opendata;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicatlas.system.Cursors;
import org.civicatlas.system.PlainNumbers;

import org.springframework.stereotype.Component;

import static org.civicatlas.opendata.ProgramsDownload.nonNull;

/**
 * The rows of {@code /open-data/metrics.json} and {@code metrics.csv}: the figures of
 * published articles.
 */
@Component
class MetricsDownload {

	record Source(String file, Integer line) {
	}

	/** One figure; the field names are the open-data contract. */
	record Metric(long id, long articleId, Long programId, String label, Number value, Number valueMax, String unit,
			String approx, String category, String quote, Source source, String per) {
	}

	static final List<String> CSV_HEADER = List.of("id", "articleId", "programId", "label", "value", "valueMax", "unit",
			"approx", "category", "quote", "source.file", "source.line", "per");

	private static final String SQL = """
			select m.id, m.article_id, pr.id as program_id, m.label, m.value, m.value_max, m.unit, m.approx,
			       m.category, m.quote, p.file_name, m.source_line, m.per
			  from metric m
			  join article a on a.id = m.article_id
			  join source_page p on p.id = a.source_page_id
			  left join program pr on pr.id = m.program_id and pr.status = 'PUBLISHED'
			 where a.status = 'PUBLISHED'
			 order by m.id
			""";

	private final Cursors cursors;

	MetricsDownload(Cursors cursors) {
		this.cursors = cursors;
	}

	/** Every row, in id order, from a cursor. */
	void each(Cursors.Sink<Metric> sink) throws IOException {
		cursors.each(SQL, Map.of(), (rs, n) -> metric(rs), sink);
	}

	static List<Object> csvRow(Metric m) {
		List<Object> row = new ArrayList<>();
		row.add(m.id());
		row.add(m.articleId());
		row.add(m.programId() == null ? "" : m.programId());
		row.add(m.label());
		row.add(m.value() == null ? "" : m.value());
		row.add(m.valueMax() == null ? "" : m.valueMax());
		row.add(m.unit());
		row.add(nonNull(m.approx()));
		row.add(m.category());
		row.add(m.quote());
		row.add(m.source().file());
		row.add(m.source().line() == null ? "" : m.source().line());
		row.add(nonNull(m.per()));
		return row;
	}

	private static Metric metric(ResultSet rs) throws SQLException {
		long programId = rs.getLong("program_id");
		Long program = rs.wasNull() ? null : programId;
		int line = rs.getInt("source_line");
		Integer sourceLine = rs.wasNull() ? null : line;
		return new Metric(rs.getLong("id"), rs.getLong("article_id"), program, rs.getString("label"),
				PlainNumbers.number(rs.getBigDecimal("value")), PlainNumbers.number(rs.getBigDecimal("value_max")),
				rs.getString("unit"), rs.getString("approx"), rs.getString("category"), rs.getString("quote"),
				new Source(rs.getString("file_name"), sourceLine), rs.getString("per"));
	}

}
