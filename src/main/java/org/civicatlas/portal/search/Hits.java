package org.civicatlas.portal.search;

import java.util.List;
import java.util.function.Function;

/** One page of the matches of one kind, and how many matches there are in all. */
record Hits<T>(List<T> items, long total) {

	<R> Hits<R> map(Function<T, R> mapper) {
		return new Hits<>(items.stream().map(mapper).toList(), total);
	}

}
