package org.civicatlas.admin.history;

import java.time.OffsetDateTime;

import org.civicatlas.admin.HistoryLinks;

/** One record changed in one revision, for the lists of recent changes. */
public record Change(int rev, OffsetDateTime at, String username, String entity, String id, Kind kind,
		String label) {

	/** Envers' revision types, in the order of their codes (0, 1, 2). */
	public enum Kind {

		ADDED, MODIFIED, DELETED

	}

	public String link() {
		return HistoryLinks.of(entity, id);
	}

}
