package org.civicatlas.admin.history;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.civicatlas.system.Paged;
import org.civicatlas.system.PlainNumbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit tables with plain SQL: the recent changes of every table in one
 * statement, and a record's revisions in one statement plus one per collection, however
 * long its history.
 */
@Repository
public class HistoryQueries {

	/**
	 * The revision V6__audit.sql made of the data loaded before history began; not a
	 * change anyone made.
	 */
	static final int BASELINE = 1;

	/** The portal serves Zhejiang: times are shown in China Standard Time. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * A row of a record's audit table with who made the revision, columns in table order.
	 */
	record AuditRow(int rev, Change.Kind kind, OffsetDateTime at, String username, Map<String, Object> values) {
	}

	/** An element added to (or removed from) a record's collection in a revision. */
	record ElementChange(int rev, Change.Kind kind, String element) {
	}

	private final JdbcClient jdbc;

	HistoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The newest changes across all audited tables; the dashboard's list. The review
	 * page's repair steps ({@code repair_step}, no Envers revision: they move lines, not
	 * one record) are changes too and come in the same statement, ordered with the rest
	 * by time.
	 */
	public List<Change> recent(int limit, boolean withUsers) {
		return changes(limit, 0, withUsers).param("limit", limit)
			.param("offset", 0)
			.query(HistoryQueries::change)
			.list();
	}

	/**
	 * One page of the changes across all audited tables, newest first (the history page).
	 */
	Paged<Change> page(int number, boolean withUsers) {
		return Paged.query(changes(Paged.SIZE, Paged.offset(number, Paged.SIZE), withUsers), number, Paged.SIZE,
				HistoryQueries::change);
	}

	/**
	 * Changes in one statement, the users' table only when asked (administrators). Each
	 * table gives its newest {@code offset + limit} rows, so a page reads no more than it
	 * needs of any table; the total of all pages is counted in the same statement. The
	 * caller binds {@code :limit} and {@code :offset}.
	 */
	private JdbcClient.StatementSpec changes(int limit, long offset, boolean withUsers) {
		List<AuditedEntity> entities = Arrays.stream(AuditedEntity.values())
			.filter(entity -> withUsers || entity != AuditedEntity.USER)
			.toList();
		String branches = entities.stream()
			.map(entity -> "(select rev, '%s' as entity, %s::text as id, revtype, %s::text as label from %s_aud where rev > %d order by rev desc, %2$s::text limit :upTo)"
				.formatted(entity.key(), entity.idColumn(), entity.labelColumn(), entity.table(), BASELINE))
			.collect(Collectors.joining("\nunion all\n"));
		String counts = entities.stream()
			.map(entity -> "(select count(*) from %s_aud where rev > %d)".formatted(entity.table(), BASELINE))
			.collect(Collectors.joining(" + "));
		return jdbc.sql("""
				select c.rev, r.revtstmp, r.username, c.entity, c.id, c.revtype, c.label,
				       null as step, null as detail, false as undone, %1$s + (select count(*) from repair_step) as total
				from (%2$s) c join revinfo r on r.rev = c.rev
				union all
				(select 0, (extract(epoch from s.created_at) * 1000)::bigint, s.username, 'repair',
				        s.source_page_id::text, 1, p.file_name, s.operation, s.detail, s.undone_at is not null,
				        %1$s + (select count(*) from repair_step)
				   from repair_step s join source_page p on p.id = s.source_page_id
				  order by s.id desc limit :upTo)
				order by revtstmp desc, rev desc, entity, id
				limit :limit offset :offset""".formatted(counts, branches)).param("upTo", offset + limit);
	}

	private static Change change(ResultSet rs, int row) throws SQLException {
		return new Change(rs.getInt("rev"), at(rs.getLong("revtstmp")), rs.getString("username"),
				rs.getString("entity"), rs.getString("id"), Change.Kind.values()[rs.getInt("revtype")],
				rs.getString("label"), rs.getString("step"), rs.getString("detail"), rs.getBoolean("undone"));
	}

	/** Every audit row of one record, oldest first. */
	List<AuditRow> revisions(AuditedEntity entity, Object id) {
		return jdbc.sql("""
				select a.*, r.revtstmp as revision_time, r.username as revision_user
				from %s_aud a join revinfo r on r.rev = a.rev
				where a.%s = ?
				order by a.rev""".formatted(entity.table(), entity.idColumn()))
			.param(id)
			.query(HistoryQueries::auditRow)
			.list();
	}

	/**
	 * The additions and removals of one of a record's collections, oldest first, removals
	 * first within a revision.
	 */
	List<ElementChange> elementChanges(AuditedEntity.Collection collection, Object ownerId) {
		return jdbc
			.sql("""
					select rev, revtype, %s as element from %s_aud
					where %s = ?
					order by rev, revtype desc, %s""".formatted(collection.display(), collection.table(),
					collection.ownerColumn(), collection.keyColumns()))
			.param(ownerId)
			.query((rs, n) -> new ElementChange(rs.getInt("rev"), Change.Kind.values()[rs.getInt("revtype")],
					rs.getString("element")))
			.list();
	}

	/**
	 * The elements of one of a record's collections after a revision, as their key
	 * columns, in key order.
	 */
	List<Map<String, Object>> elementsAt(AuditedEntity.Collection collection, Object ownerId, int rev) {
		return jdbc.sql("""
				select %2$s from (
				    select distinct on (%2$s) %2$s, revtype from %1$s_aud
				    where %3$s = ? and rev <= ?
				    order by %2$s, rev desc
				) latest
				where revtype <> 2
				order by %2$s""".formatted(collection.table(), collection.keyColumns(), collection.ownerColumn()))
			.param(ownerId)
			.param(rev)
			.query()
			.listOfRows();
	}

	/** The record's version now, or empty when it no longer exists. */
	Optional<Long> currentVersion(AuditedEntity entity, Object id) {
		return jdbc.sql("select version from %s where %s = ?".formatted(entity.table(), entity.idColumn()))
			.param(id)
			.query(Long.class)
			.optional();
	}

	private static AuditRow auditRow(ResultSet rs, int rowNum) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String column = meta.getColumnName(i);
			if (!List.of("rev", "revtype", "revision_time", "revision_user").contains(column)) {
				values.put(column, plain(rs.getObject(i)));
			}
		}
		return new AuditRow(rs.getInt("rev"), Change.Kind.values()[rs.getInt("revtype")],
				at(rs.getLong("revision_time")), rs.getString("revision_user"), values);
	}

	// arrays are read while the connection is still open, into lists that compare by
	// value
	private static Object plain(Object value) throws SQLException {
		if (value instanceof Array array) {
			return new ArrayList<>(Arrays.asList((Object[]) array.getArray()));
		}
		if (value instanceof java.math.BigDecimal number) {
			return PlainNumbers.text(number);
		}
		return value;
	}

	static OffsetDateTime at(long epochMillis) {
		return Instant.ofEpochMilli(epochMillis).atZone(ZONE).toOffsetDateTime();
	}

}
