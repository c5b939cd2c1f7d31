package org.civicatlas.portal.search;

import java.util.List;

/**
 * Help for a search that found nothing or little: a corrected query ({@code null} when no
 * name comes close, or when the query is already as close as it gets) and the programs,
 * places and program types whose names come closest to it.
 */
record Suggestions(String query, List<Offer> programs, List<Offer> places, List<Offer> types) {

	/**
	 * A record to offer: what it links to ({@code /programs/1}, {@code /places/3306}, a
	 * type key).
	 */
	record Offer(String ref, String name, String nameEn) {
	}

	static final Suggestions NONE = new Suggestions(null, List.of(), List.of(), List.of());

	public boolean isEmpty() {
		return query == null && programs.isEmpty() && places.isEmpty() && types.isEmpty();
	}

}
