package org.civicatlas.portal.common;

/**
 * The one way a public page asks whether a program or an article belongs to a place. The
 * rule itself is SQL, in the views {@code program_place} and {@code article_place}
 * ({@code V94__place_membership.sql}, also read by the open data and the summaries): each
 * row carries the place's code at every level, so "in this place or below" is one
 * equality on the column of the place's level, served by the indexes on those columns.
 */
public final class PlaceMembership {

	private PlaceMembership() {
	}

	/**
	 * The column that holds a place's code at its level, in the views and in
	 * {@code program} and {@code program_fact}: official codes are 4 (city), 6 (district)
	 * or 9 (township) digits long.
	 */
	public static String column(String code) {
		return switch (code.length()) {
			case 4 -> "city_code";
			case 6 -> "district_code";
			case 9 -> "township_code";
			default -> throw new IllegalArgumentException("not a place code: " + code);
		};
	}

	/**
	 * The condition that the row aliased {@code alias} lies in the place {@code code} or
	 * below it, the code bound as {@code :param}.
	 */
	public static String within(String alias, String code, String param) {
		return alias + "." + column(code) + " = :" + param;
	}

	/**
	 * The condition that the published article aliased {@code alias} belongs to a place,
	 * given as a condition on its {@code article_place} rows aliased {@code ap}.
	 */
	public static String article(String alias, String placeCondition) {
		return alias + ".id in (select ap.article_id from article_place ap where " + placeCondition + ")";
	}

}
