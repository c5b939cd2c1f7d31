package org.civicatlas.portal.cite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicatlas.system.Publication;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published record a citation names, in one statement; empty for a draft, hidden,
 * merged or unknown one.
 */
@Component
class CitationReader {

	private static final String PUBLICATION = Publication.columns("p");

	private static final Map<String, String> SQL = Map.of("article", """
			select a.id, a.headline as title, a.bylines as authors, '/articles/' || a.id as path, %1$s
			  from article a join source_page p on p.id = a.source_page_id
			 where a.id = :id and a.status = 'PUBLISHED'
			""".formatted(PUBLICATION), "program",
			"""
					select pr.id, pr.name as title, cast('{}' as text[]) as authors, '/programs/' || pr.id as path,
					       null as newspaper, cast(null as date) as issue_date, null as issue_date_precision, null as page_number
					  from program pr
					 where pr.id = :id and pr.status = 'PUBLISHED' and pr.merged_into is null
					""",
			"figure", """
					select m.id, m.label || ' (' || a.headline || ')' as title, a.bylines as authors,
					       '/articles/' || a.id || '#m' || m.id as path, %1$s
					  from metric m join article a on a.id = m.article_id join source_page p on p.id = a.source_page_id
					 where m.id = :id and a.status = 'PUBLISHED'
					""".formatted(PUBLICATION));

	private final JdbcClient jdbc;

	CitationReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static boolean kind(String kind) {
		return SQL.containsKey(kind);
	}

	/** The record; {@code kind} must be one of {@link #kind(String)}. */
	Optional<Citable> read(String kind, long id) {
		return jdbc.sql(SQL.get(kind)).param("id", id).query((rs, n) -> citable(kind, rs)).optional();
	}

	private static Citable citable(String kind, ResultSet rs) throws SQLException {
		List<String> authors = SqlArrays.strings(rs.getArray("authors"));
		// a figure is the atlas's record, not the newspaper's: its page is known, its
		// newspaper not cited as the work
		Publication publication = Publication.read(rs);
		return new Citable(kind, rs.getLong("id"), rs.getString("title"), authors,
				"figure".equals(kind) ? new Publication(null, publication.date(), null) : publication,
				rs.getString("path"));
	}

}
