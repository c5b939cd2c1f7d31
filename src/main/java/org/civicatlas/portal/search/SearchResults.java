package org.civicatlas.portal.search;

import java.util.List;

import org.civicatlas.portal.common.PlaceName;
import org.civicatlas.system.Paged;

/**
 * What the results page shows: a group per kind (only the chosen kind when the visitor
 * pages through one), each with its total, its hits' texts cut into marked segments.
 */
record SearchResults(Group<PlaceResult> places, Group<ProgramResult> programs, Group<ArticleResult> articles,
		Kind kind) {

	/** A page of one kind's results and the number of matches in all. */
	record Group<T>(Kind kind, Paged<T> found) {

		public List<T> items() {
			return found.rows();
		}

		public long total() {
			return found.total();
		}

		/** Whether there are matches beyond those shown. */
		public boolean hasMore() {
			return total() > items().size();
		}

	}

	record PlaceResult(String level, String code, List<Segment> name, List<Segment> nameEn, PlaceName district,
			PlaceName city) {
	}

	record ProgramResult(long id, List<Segment> name, List<List<Segment>> aliases, PlaceName township,
			PlaceName district, PlaceName city, String village, List<Segment> snippet) {
	}

	/**
	 * An article found; its bylines (each name's segments, with the name for its author
	 * page).
	 */
	record ArticleResult(long id, List<Segment> headline, String headlineEn, List<Byline> bylines, PlaceName district,
			PlaceName city, List<Segment> snippet) {
	}

	record Byline(String name, List<Segment> marked) {
	}

	/** Matches found over all kinds shown. */
	public long total() {
		return total(places) + total(programs) + total(articles);
	}

	/** The page of the chosen kind, when the visitor pages through one. */
	public Paged<?> paged() {
		return (kind == Kind.PLACES ? places : (kind == Kind.PROGRAMS ? programs : articles)).found();
	}

	private static long total(Group<?> group) {
		return group == null ? 0 : group.total();
	}

}
