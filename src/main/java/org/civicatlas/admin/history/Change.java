package org.civicatlas.admin.history;

import java.time.OffsetDateTime;

import org.civicatlas.admin.HistoryLinks;

/**
 * One record changed in one revision, for the lists of recent changes; or one repair step
 * of a page in review ({@code step} set: the entity is {@code repair}, the id the page's,
 * the label its file).
 *
 * @param step the repair step's operation ({@code ingest.step.<step>} names it),
 * {@code null} for a revision
 * @param detail the lines and drafts the step concerned (A1, A2… as the review page names
 * them)
 * @param undone whether the step was undone since
 */
public record Change(int rev, OffsetDateTime at, String username, String entity, String id, Kind kind, String label,
		String step, String detail, boolean undone) {

	/** Envers' revision types, in the order of their codes (0, 1, 2). */
	public enum Kind {

		ADDED, MODIFIED, DELETED

	}

	/** A change of one record in an Envers revision. */
	public Change(int rev, OffsetDateTime at, String username, String entity, String id, Kind kind, String label) {
		this(rev, at, username, entity, id, kind, label, null, null, false);
	}

	/**
	 * The record's history, or for a repair step the repairs on the page's review page.
	 */
	public String link() {
		return step != null ? "/admin/pages/" + id + "#history" : HistoryLinks.of(entity, id);
	}

}
