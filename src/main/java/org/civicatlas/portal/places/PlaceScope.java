package org.civicatlas.portal.places;

import org.civicatlas.portal.common.PlaceMembership;

/**
 * Which published programs and articles belong to a place, as SQL. The counting rules are
 * those of {@code /open-data/places.json}: a program counts for the place it runs in and
 * every place above it; an article for its main place, the townships it covers, and every
 * place above those.
 *
 * <p>
 * Both rules are the views {@code program_place} and {@code article_place}
 * ({@link PlaceMembership}): a row carries the place's code at every level, so a place
 * page filters by its level's column and the indexes on those columns serve it.
 *
 * @param level the level of the place, {@code null} for the whole province
 */
record PlaceScope(Level level, String code, Scope scope) {

	static final PlaceScope ZHEJIANG = new PlaceScope(null, null, Scope.ALL);

	/**
	 * The condition on a {@code program_place} or {@code article_place} row aliased
	 * {@code alias}.
	 */
	String on(String alias) {
		if (level == null) {
			return "true";
		}
		String here = alias + "." + level.column + " = :code";
		if (scope == Scope.ALL) {
			return here;
		}
		// "this place only": attached here and not to a place below
		return level.child().map(child -> here + " and " + alias + "." + child.column + " is null").orElse(here);
	}

	/**
	 * The scope's key in {@code public_tally} (R__public_summaries.sql): the place's
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
		return scope == Scope.SELF && level != null ? facet + "_self" : facet;
	}

	/**
	 * The condition that an {@code article} aliased {@code alias} belongs here (and is
	 * published).
	 */
	String onArticle(String alias) {
		if (level == null) {
			return alias + ".status = 'PUBLISHED'";
		}
		return PlaceMembership.article(alias, on("ap"));
	}

}
