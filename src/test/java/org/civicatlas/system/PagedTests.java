package org.civicatlas.system;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one paging model: offsets, the pages past the end, the pager's page numbers. */
class PagedTests {

	@Test
	void pageNumbersStartAtOneAndBelowThatIsABadRequest() {
		assertThat(Paged.offset(1, 20)).isZero();
		assertThat(Paged.offset(3, 20)).isEqualTo(40);
		assertThat(Paged.offset(Integer.MAX_VALUE, 50)).isEqualTo((Integer.MAX_VALUE - 1L) * 50);
		assertThatThrownBy(() -> Paged.offset(0, 20)).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> Paged.offset(-1, 20)).isInstanceOf(BadRequestException.class);
	}

	@Test
	void aPagePastTheLastIsNotFoundButAnEmptyFirstPageShowsNothingFound() {
		Paged<String> empty = new Paged<>(List.of(), 1, 20, 0);
		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.first()).isZero();
		assertThat(empty.last()).isZero();
		assertThat(empty.hasNext()).isFalse();
		assertThatThrownBy(() -> new Paged<>(List.of(), 2, 20, 0)).isInstanceOf(PastLastPageException.class)
			.isInstanceOf(NotFoundException.class)
			.hasMessageContaining("page 2");
	}

	@Test
	void aListInMemoryIsCutIntoPages() {
		List<Integer> all = IntStream.rangeClosed(1, 45).boxed().toList();
		Paged<Integer> second = Paged.of(all, 2, 20);
		assertThat(second.rows()).isEqualTo(all.subList(20, 40));
		assertThat(second.first()).isEqualTo(21);
		assertThat(second.last()).isEqualTo(40);
		Paged<Integer> last = Paged.of(all, 3, 20);
		assertThat(last.rows()).containsExactly(41, 42, 43, 44, 45);
		assertThat(last.pages()).isEqualTo(3);
		assertThat(last.hasPrevious()).isTrue();
		assertThat(last.hasNext()).isFalse();
		assertThatThrownBy(() -> Paged.of(all, 4, 20)).isInstanceOf(PastLastPageException.class);
		assertThat(Paged.of(List.of(), 1, 20).total()).isZero();
	}

	@Test
	void mappingKeepsThePosition() {
		Paged<String> mapped = Paged.of(List.of(1, 2, 3), 2, 2).map(String::valueOf);
		assertThat(mapped.rows()).containsExactly("3");
		assertThat(mapped.number()).isEqualTo(2);
		assertThat(mapped.total()).isEqualTo(3);
	}

	@Test
	void thePagerLinksTheFirstTheLastAndTheNearbyPagesWithGaps() {
		assertThat(window(1, 1)).containsExactly(1);
		assertThat(window(1, 3)).containsExactly(1, 2, 3);
		assertThat(window(1, 10)).containsExactly(1, 2, 3, null, 10);
		assertThat(window(5, 10)).containsExactly(1, null, 3, 4, 5, 6, 7, null, 10);
		assertThat(window(4, 10)).containsExactly(1, 2, 3, 4, 5, 6, null, 10);
		assertThat(window(10, 10)).containsExactly(1, null, 8, 9, 10);
		assertThat(window(7, 7)).containsExactly(1, null, 5, 6, 7);
	}

	private static List<Integer> window(int number, int pages) {
		Integer[] rows = new Integer[1];
		Arrays.fill(rows, 0);
		return new Paged<>(List.of(rows), number, 10, pages * 10L).window();
	}

}
