package org.civicatlas.admin.history;

import java.time.OffsetDateTime;
import java.util.List;

import org.civicatlas.system.Paged;

/**
 * A record's revisions, newest first, each with the fields it changed. The current
 * version is what a revert must match; it is null when the record no longer exists.
 */
record RecordHistory(String entity, String id, String label, Long currentVersion, List<RevisionDiff> revisions) {

	/**
	 * One page of the revisions, newest first: a record edited hundreds of times was one
	 * page of hundreds of kilobytes (issue 12). The differences are worked out for all
	 * revisions, as each needs the one before; only a page of them is named and shown.
	 */
	Paged<RevisionDiff> page(int number) {
		return Paged.of(revisions, number, Paged.SIZE);
	}

	record RevisionDiff(int rev, OffsetDateTime at, String username, Change.Kind kind, List<FieldChange> changes,
			boolean latest) {
	}

	/**
	 * {@code field} is the column name; the page names it with the message
	 * {@code admin.field.<column>}.
	 */
	record FieldChange(String field, DisplayValue before, DisplayValue after) {
	}

}
