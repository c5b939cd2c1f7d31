package org.civicatlas.portal.places;

import java.util.List;

/**
 * The first items of a list and how many there are in all, so that a page can say "the
 * latest 30 of 74" from one statement ({@code count(*) over ()} beside each row).
 */
record Shown<T>(List<T> items, long total) {

	/** A row of such a statement: the item and the window count. */
	record Row<T>(T item, long total) {
	}

	static <T> Shown<T> of(List<Row<T>> rows) {
		return new Shown<>(rows.stream().map(Row::item).toList(), rows.isEmpty() ? 0 : rows.get(0).total());
	}

	public boolean cut() {
		return total > items.size();
	}

}
