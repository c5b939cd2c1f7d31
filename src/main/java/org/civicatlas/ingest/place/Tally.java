package org.civicatlas.ingest.place;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** How often an article mentions each place, and where first: the earliest wins a tie. */
final class Tally {

	private static final class Count {

		int mentions;

		final int firstPosition;

		Count(int firstPosition) {
			this.firstPosition = firstPosition;
		}

	}

	private final Map<Place, Count> counts = new HashMap<>();

	void add(Place place, int position) {
		Count count = counts.computeIfAbsent(place, p -> new Count(position));
		count.mentions++;
	}

	int mentions(Place place) {
		Count count = counts.get(place);
		return (count != null) ? count.mentions : 0;
	}

	/**
	 * The most mentioned of the places that pass {@code filter}, the earliest on a tie.
	 */
	Optional<Place> top(Predicate<Place> filter) {
		Place best = null;
		for (Map.Entry<Place, Count> entry : counts.entrySet()) {
			if (filter.test(entry.getKey()) && (best == null || beats(entry.getValue(), counts.get(best)))) {
				best = entry.getKey();
			}
		}
		return Optional.ofNullable(best);
	}

	private static boolean beats(Count a, Count b) {
		return a.mentions > b.mentions || (a.mentions == b.mentions && a.firstPosition < b.firstPosition);
	}

}
