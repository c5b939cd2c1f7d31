package org.civicatlas.ingest.review;

import java.util.List;
import java.util.Optional;

import org.civicatlas.ingest.LinePlaces.Place;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of an editor's repairs of a page ({@code repair_step}): what each step did,
 * who did it and when, and the places of the page's lines before it, so that the steps
 * can be undone one after another, newest first.
 */
@Component
class RepairSteps {

	/** A step as the history shows it. */
	record Step(long id, String operation, String detail, String username, String at, boolean undone) {
	}

	/** The newest step not undone yet, and the places it changed. */
	record Undoable(long id, List<Place> before) {
	}

	private final JdbcClient jdbc;

	RepairSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long pageId, String operation, String detail, List<Place> before, String username) {
		jdbc.sql("""
				insert into repair_step (source_page_id, operation, detail, places_before, username)
				values (:page, :operation, :detail, :before, :username)""")
			.param("page", pageId)
			.param("operation", operation)
			.param("detail", detail.length() > 500 ? detail.substring(0, 499) + "…" : detail)
			.param("before", PlaceStore.text(before))
			.param("username", username)
			.update();
	}

	Optional<Undoable> last(long pageId) {
		return jdbc.sql("""
				select id, places_before from repair_step where source_page_id = :page and undone_at is null
				 order by id desc limit 1""")
			.param("page", pageId)
			.query((rs, n) -> new Undoable(rs.getLong("id"), PlaceStore.parse(rs.getString("places_before"))))
			.optional();
	}

	void undone(long stepId) {
		jdbc.sql("update repair_step set undone_at = now() where id = :id").param("id", stepId).update();
	}

	List<Step> list(long pageId) {
		return jdbc.sql("""
				select id, operation, detail, username, undone_at is not null as undone,
				       to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') as at
				  from repair_step where source_page_id = :page order by id desc""")
			.param("page", pageId)
			.query((rs, n) -> new Step(rs.getLong("id"), rs.getString("operation"), rs.getString("detail"),
					rs.getString("username"), rs.getString("at"), rs.getBoolean("undone")))
			.list();
	}

}
