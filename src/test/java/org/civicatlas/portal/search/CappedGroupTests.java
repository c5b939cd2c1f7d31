package org.civicatlas.portal.search;

import java.util.Collections;
import java.util.List;

import org.civicatlas.portal.search.SearchResults.ArticleResult;
import org.civicatlas.portal.search.SearchResults.Group;
import org.civicatlas.portal.search.SearchResults.ProgramResult;
import org.civicatlas.system.Paged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind counted up to the cap: the reader's statement returns at most a few more
 * candidates than the cap (SearchIndexTests); the group shows the cap, says "more than"
 * and offers only the pages within it.
 */
class CappedGroupTests {

	@Test
	void moreCandidatesThanTheCapShowTheCapAndStopThePagerThere() {
		Group<String> group = Group.upTo(200, Kind.ARTICLES, page(1, 20, 287));
		assertThat(group.capped()).isTrue();
		assertThat(group.total()).isEqualTo(200);
		assertThat(group.found().pages()).isEqualTo(10);
		assertThat(Group.upTo(200, Kind.ARTICLES, page(10, 20, 287)).found().hasNext()).isFalse();
	}

	@Test
	void noMoreMatchesThanTheCapAreCountedExactly() {
		for (long total : List.of(21L, 200L)) {
			Group<String> group = Group.upTo(200, Kind.PROGRAMS, page(1, 20, total));
			assertThat(group.capped()).isFalse();
			assertThat(group.total()).isEqualTo(total);
		}
	}

	@Test
	void theResultsAreCappedWhenAnyKindIs() {
		Group<ProgramResult> exact = Group.upTo(200, Kind.PROGRAMS, new Paged<>(List.of(), 1, 10, 12));
		Group<ArticleResult> capped = Group.upTo(200, Kind.ARTICLES, new Paged<>(List.of(), 1, 10, 201));
		SearchResults results = new SearchResults(null, exact, capped, null);
		assertThat(results.capped()).isTrue();
		assertThat(results.total()).isEqualTo(212);
		assertThat(new SearchResults(null, exact, null, null).capped()).isFalse();
	}

	private static Paged<String> page(int number, int size, long total) {
		return new Paged<>(Collections.nCopies(size, "hit"), number, size, total);
	}

}
