package org.civicatlas.portal.places;

/**
 * Which published programs and articles belong to a place, as SQL. The counting rules are
 * those of {@code /open-data/places.json}: a program counts for the place it runs in and
 * every place above it; an article for its main place, the townships it covers, and every
 * place above those.
 *
 * <p>
 * Both rules are the views {@code program_place} and {@code article_place} (V94, the one
 * definition); the summaries kept at commit from them (R__public_summaries.sql) hold them
 * in the shape a page reads: {@code program_fact} carries a program's code at every level
 * and its most precise place, {@code article_place_fact} an article once per place it
 * counts for, in list order. A page reads the first rows of its place from their indexes
 * and the totals from {@code public_tally}, never every record of the place.
 *
 * @param level the level of the place, {@code null} for the whole province
 */
record PlaceScope(Level level, String code, Scope scope) {

	static final PlaceScope ZHEJIANG = new PlaceScope(null, null, Scope.ALL);

	/**
	 * The condition on a {@code program_fact} row aliased {@code alias}, the code bound
	 * as {@code :code}; "this place only" is the program's most precise place.
	 */
	String onProgram(String alias) {
		if (level == null) {
			return "true";
		}
		return alias + "." + (self() ? "place_code" : level.column) + " = :code";
	}

	/**
	 * The condition on an {@code article_place_fact} row aliased {@code alias}, the
	 * {@link #tallyScope()} bound as {@code :scope}.
	 */
	String onArticle(String alias) {
		return alias + ".scope = :scope" + (self() ? " and " + alias + ".self" : "");
	}

	/**
	 * The scope's key in {@code public_tally} and {@code article_place_fact}: the place's
	 * code, empty for the whole province.
	 */
	String tallyScope() {
		return code == null ? "" : code;
	}

	/**
	 * The tally's facet for this scope: {@code facet}, or {@code facet_self} for "this
	 * place only".
	 */
	String tallyFacet(String facet) {
		return self() ? facet + "_self" : facet;
	}

	private boolean self() {
		return scope == Scope.SELF && level != null;
	}

}
