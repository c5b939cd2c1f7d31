package org.civicatlas.admin.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The readers' reports that revisions fixed (issue 13, item 8: an editor who resolves a
 * report names the changes made in answer to it, module {@code report}): the history
 * shows each such revision with a link to its report. One statement for the revisions
 * shown.
 */
@Component
class ReportLinks {

	private final JdbcClient jdbc;

	ReportLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The reports each revision fixed, by revision; revisions that fixed none are absent.
	 */
	Map<Integer, List<Long>> of(Collection<Integer> revisions) {
		Map<Integer, List<Long>> reports = new HashMap<>();
		if (revisions.isEmpty()) {
			return reports;
		}
		jdbc.sql("select rev, report_id from problem_report_fix where rev = any (:revs) order by report_id")
			.param("revs", revisions.toArray(Integer[]::new))
			.query((rs, n) -> reports.computeIfAbsent(rs.getInt("rev"), rev -> new ArrayList<>())
				.add(rs.getLong("report_id")))
			.list();
		return reports;
	}

}
