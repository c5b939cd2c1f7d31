package org.civicatlas.report;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a report is about: a published article, program or figure, by kind and id, with
 * the title the form and the queue show and the address of its page. One statement.
 */
@Component
public class ReportTarget {

	/** A reportable record: its kind, id, title and public page. */
	public record Target(String kind, long id, String title, String path) {
	}

	private final JdbcClient jdbc;

	ReportTarget(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The kinds a report can be about; anything else is a bad request. */
	public static boolean isKind(String kind) {
		return "article".equals(kind) || "program".equals(kind) || "figure".equals(kind);
	}

	/** The published record, or empty when there is none of that kind and id. */
	public Optional<Target> find(String kind, long id) {
		String sql = switch (kind) {
			case "article" ->
				"select headline as title, '/articles/' || id as path from article where id = :id and status = 'PUBLISHED'";
			case "program" -> """
					select name as title, '/programs/' || id as path from program
					 where id = :id and status = 'PUBLISHED' and merged_into is null""";
			case "figure" ->
				"""
						select m.label as title, '/articles/' || a.id || '#m' || m.id as path
						  from metric m join article a on a.id = m.article_id where m.id = :id and a.status = 'PUBLISHED'""";
			default -> throw new IllegalArgumentException("Unknown kind " + kind);
		};
		return jdbc.sql(sql)
			.param("id", id)
			.query((rs, n) -> new Target(kind, id, rs.getString("title"), rs.getString("path")))
			.optional();
	}

}
