package org.civicatlas.portal.places;

/**
 * Which published programs and articles belong to a place, as SQL. The counting rules are
 * those of {@code /open-data/places.json}: a program counts for the place it runs in and
 * every place above it; an article for its main place, the townships it covers, and every
 * place above those.
 *
 * <p>
 * Both rules are written against the level columns ({@code city_code},
 * {@code district_code}, {@code township_code}) rather than code prefixes, so that the
 * existing indexes on those columns serve every place page. A program carries its city
 * and district beside its township (the schema checks that a child code starts with its
 * parent's), and an article's townships are joined to their district and city in
 * {@link #ARTICLE_PLACES}.
 *
 * @param level the level of the place, {@code null} for the whole province
 */
record PlaceScope(Level level, String code, Scope scope) {

	static final PlaceScope ZHEJIANG = new PlaceScope(null, null, Scope.ALL);

	/**
	 * Only published programs that were not merged into another appear anywhere public.
	 */
	static final String PUBLISHED_PROGRAM = "p.status = 'PUBLISHED' and p.merged_into is null";

	/**
	 * Every place a published article counts for directly: its main place (a city or
	 * district) and each township it covers, with the township's district and city. Place
	 * pages filter it by level column.
	 */
	static final String ARTICLE_PLACES = """
			with article_place as (
			    select a.id as article_id, a.city_code, a.district_code, cast(null as varchar) as township_code
			      from article a
			     where a.status = 'PUBLISHED'
			    union all
			    select at.article_id, d.city_code, t.district_code, at.township_code
			      from article_township at
			      join article a on a.id = at.article_id and a.status = 'PUBLISHED'
			      join township t on t.code = at.township_code
			      join district d on d.code = t.district_code
			)
			""";

	/**
	 * The condition on a {@code program} (or {@code article_place}) row aliased
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
		return alias + ".id in (select ap.article_id from article_place ap where " + on("ap") + ")";
	}

}
