package org.civicatlas.admin.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A record's history as a person reads it ({@link HistoryDisplay}): each revision's
 * changes with names instead of codes and long texts as differences, and, for a record an
 * upload created (written without history), when and how it was created.
 */
record HistoryView(Map<Integer, List<Shown>> changes, Created created) {

	/**
	 * A field's change as shown; {@code diff} is set for long texts, which are shown as
	 * one marked text.
	 */
	record Shown(String field, DisplayValue before, DisplayValue after, TextDiff diff) {
	}

	/** The creation by an upload: when, from which page and by whom, where known. */
	record Created(OffsetDateTime at, String page, String username) {
	}

	public List<Shown> of(int rev) {
		return changes.getOrDefault(rev, List.of());
	}

}
