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

	/**
	 * A page of one kind's results and the number of matches in all; when {@code capped},
	 * there are more matches than the total, which is then the cap (the pager stops
	 * there).
	 */
	record Group<T>(Kind kind, Paged<T> found, boolean capped) {

		/**
		 * A kind counted exactly, however many it finds (places: a small, fixed table).
		 */
		static <T> Group<T> exact(Kind kind, Paged<T> found) {
			return new Group<>(kind, found, false);
		}

		/**
		 * A kind counted up to {@code cap}: a page whose total is above it is cut back to
		 * the cap and marked capped.
		 */
		static <T> Group<T> upTo(long cap, Kind kind, Paged<T> found) {
			return found.total() <= cap ? exact(kind, found)
					: new Group<>(kind, new Paged<>(found.rows(), found.number(), found.size(), cap), true);
		}

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

	/** Matches found over all kinds shown (at least this many when {@link #capped}). */
	public long total() {
		return total(places) + total(programs) + total(articles);
	}

	/** Whether a kind shown has more matches than it counted. */
	public boolean capped() {
		return capped(places) || capped(programs) || capped(articles);
	}

	/** The page of the chosen kind, when the visitor pages through one. */
	public Paged<?> paged() {
		return (kind == Kind.PLACES ? places : (kind == Kind.PROGRAMS ? programs : articles)).found();
	}

	private static boolean capped(Group<?> group) {
		return group != null && group.capped();
	}

	private static long total(Group<?> group) {
		return group == null ? 0 : group.total();
	}

}
