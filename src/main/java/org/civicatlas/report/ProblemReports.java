package org.civicatlas.report;

import java.time.Duration;

import org.civicatlas.report.ReportTarget.Target;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores readers' reports, at most {@value #PER_WINDOW} per address in {@link #WINDOW}.
 */
@Repository
class ProblemReports {

	static final int PER_WINDOW = 5;

	static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	ProblemReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the report unless the address has sent {@value #PER_WINDOW} within the
	 * window; the address's lock makes two requests at once count each other.
	 * @return whether it was stored
	 */
	@Transactional
	boolean create(Target target, ReportForm form, String addressHash) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:hash))").param("hash", addressHash).query().singleRow();
		long recent = jdbc.sql("""
				select count(*) from problem_report
				 where address_hash = :hash and created_at > now() - make_interval(secs => :seconds)
				""").param("hash", addressHash).param("seconds", WINDOW.toSeconds()).query(Long.class).single();
		if (recent >= PER_WINDOW) {
			return false;
		}
		jdbc.sql("""
				insert into problem_report (target_kind, target_id, category, message, contact, address_hash)
				values (:kind, :id, :category, :message, :contact, :hash)
				""")
			.param("kind", target.kind())
			.param("id", target.id())
			.param("category", form.category().name())
			.param("message", form.message())
			.param("contact", form.contact())
			.param("hash", addressHash)
			.update();
		return true;
	}

}
