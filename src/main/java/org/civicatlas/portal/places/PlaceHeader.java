package org.civicatlas.portal.places;

import java.util.List;

/**
 * What a place page says about the place itself: its name, the places above it (for the
 * breadcrumbs) and how many programs and articles it holds, both attached to it alone and
 * including all below.
 */
record PlaceHeader(Level level, String code, Name name, List<Crumb> ancestors, long programsSelf, long programsAll,
		long articlesSelf, long articlesAll) {

	/** A place above this one, linked from the breadcrumbs. */
	record Crumb(String code, Name name) {
	}

	public long programs(Scope scope) {
		return scope == Scope.SELF ? programsSelf : programsAll;
	}

	public long articles(Scope scope) {
		return scope == Scope.SELF ? articlesSelf : articlesAll;
	}

	/**
	 * Only cities and districts have places below them whose content the switch can add
	 * or leave out.
	 */
	public boolean hasScopes() {
		return level.child().isPresent();
	}

}
