package org.civicatlas.report.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civicatlas.system.BadRequestException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which changes fixed a report (issue 13, item 8: the history shows the fix): an editor
 * who resolves a report ticks the changes made in answer to it, among the revisions of
 * its record made since it came in ({@code problem_report_changes}, V91); the report
 * links to them and the record's history links back. Reopening or dismissing a report
 * forgets them.
 */
@Component
class ReportFixes {

	/**
	 * A change to the report's record (or, for an article, one of its figures) since the
	 * report came in; {@code entity} and {@code recordId} name the history that shows it,
	 * {@code fixed} whether the editor named it as the fix.
	 */
	record Change(int rev, String entity, long recordId, String username, String at, boolean fixed) {

		public String historyPath() {
			return "/admin/history/" + entity + "/" + recordId + "#rev-" + rev;
		}

	}

	/** The changes of report {@code r} as one JSON column of the queue's statement. */
	static final String COLUMN = """
			(select coalesce(json_agg(json_build_object('rev', c.rev, 'entity', c.entity, 'recordId', c.record_id,
			        'username', c.username,
			        'at', to_char(to_timestamp(c.revtstmp / 1000.0) at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'),
			        'fixed', exists (select 1 from problem_report_fix f where f.report_id = r.id and f.rev = c.rev))
			        order by c.rev, c.entity, c.record_id), '[]')
			   from problem_report_changes(r.id) c) as changes""";

	private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ReportFixes(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Change> read(String column) {
		return json.readValue(column, CHANGES);
	}

	/**
	 * Stores the fixes of a report being resolved, or forgets them when it is reopened or
	 * dismissed; a revision that is not one of the report's changes is a bad request (the
	 * page offers only those).
	 */
	void record(long report, boolean resolved, List<Integer> revisions) {
		Set<Integer> chosen = new HashSet<>(revisions);
		if (!resolved && !chosen.isEmpty()) {
			throw new BadRequestException("only a resolved report has fixes");
		}
		if (!chosen.isEmpty()) {
			Set<Integer> offered = new HashSet<>(jdbc.sql("select rev from problem_report_changes(:id)")
				.param("id", report)
				.query(Integer.class)
				.list());
			if (!offered.containsAll(chosen)) {
				throw new BadRequestException("not a change of report " + report);
			}
		}
		jdbc.sql("delete from problem_report_fix where report_id = :id").param("id", report).update();
		for (int rev : chosen) {
			jdbc.sql("insert into problem_report_fix (report_id, rev) values (:id, :rev)")
				.param("id", report)
				.param("rev", rev)
				.update();
		}
	}

}
