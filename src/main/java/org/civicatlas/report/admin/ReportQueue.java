package org.civicatlas.report.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.civicatlas.system.Paged;
import org.civicatlas.editing.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' queue of readers' reports: one page in one statement, and a decision on
 * one report.
 */
@Repository
class ReportQueue {

	/** Where a report stands; OPEN until an editor resolves or dismisses it. */
	enum Status {

		OPEN, RESOLVED, DISMISSED

	}

	/**
	 * A report as the queue shows it, with the title and page of what it is about (null
	 * when that is gone).
	 */
	record Row(long id, String kind, long targetId, String title, String path, String category, String message,
			String contact, Status status, OffsetDateTime createdAt, OffsetDateTime decidedAt, String decidedBy,
			long version, List<ReportFixes.Change> changes) {
	}

	private static final ZoneId ZHEJIANG = ZoneId.of("Asia/Shanghai");

	private static final String SELECT = """
			select r.*, count(*) over () as total, %s,
			       case r.target_kind
			         when 'article' then (select headline from article where id = r.target_id)
			         when 'program' then (select name from program where id = r.target_id)
			         else (select label from metric where id = r.target_id) end as title,
			       case r.target_kind
			         when 'article' then '/articles/' || r.target_id
			         when 'program' then '/programs/' || r.target_id
			         else (select '/articles/' || article_id || '#m' || id from metric where id = r.target_id) end as path
			  from problem_report r
			"""
		.formatted(ReportFixes.COLUMN);

	private static final String PAGE = SELECT + """
			 where r.status = :status
			 order by r.id desc
			 limit :limit offset :offset
			""";

	private final JdbcClient jdbc;

	private final ReportFixes fixes;

	ReportQueue(JdbcClient jdbc, ReportFixes fixes) {
		this.jdbc = jdbc;
		this.fixes = fixes;
	}

	Paged<Row> page(Status status, int number) {
		return Paged.query(jdbc.sql(PAGE).param("status", status.name()), number, Paged.SIZE, (rs, n) -> row(rs));
	}

	/** One report, whatever its status, with its changes. */
	Optional<Row> one(long id) {
		return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	private Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("target_kind"), rs.getLong("target_id"), rs.getString("title"),
				rs.getString("path"), rs.getString("category"), rs.getString("message"), rs.getString("contact"),
				Status.valueOf(rs.getString("status")), zhejiang(rs.getObject("created_at", OffsetDateTime.class)),
				zhejiang(rs.getObject("decided_at", OffsetDateTime.class)), rs.getString("decided_by"),
				rs.getLong("version"), fixes.read(rs.getString("changes")));
	}

	/**
	 * A time as the admin shows every time (the history, the article list): in Zhejiang,
	 * whatever the server's zone, so a report's times and its fixes' read alike.
	 */
	private static OffsetDateTime zhejiang(OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(ZHEJIANG).toOffsetDateTime();
	}

	/**
	 * Sets a report's status (OPEN again clears the decision). A version other than the
	 * stored one is a stale decision: nothing changes, and the editor sees the queue as
	 * it is now. A resolved report keeps the changes the editor named as its fix
	 * ({@link ReportFixes}).
	 * @return false when there is no such report
	 */
	@Transactional
	boolean decide(long id, long version, Status status, String editor, List<Integer> fixedBy) {
		Long current = jdbc.sql("select version from problem_report where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (current == null) {
			return false;
		}
		StaleEditException.check("Report " + id, version, current);
		jdbc.sql("""
				update problem_report
				   set status = :status, version = version + 1,
				       decided_at = case when :status = 'OPEN' then null else now() end,
				       decided_by = case when :status = 'OPEN' then null else :editor end
				 where id = :id
				""").param("status", status.name()).param("editor", editor).param("id", id).update();
		fixes.record(id, status == Status.RESOLVED, fixedBy);
		return true;
	}

}
