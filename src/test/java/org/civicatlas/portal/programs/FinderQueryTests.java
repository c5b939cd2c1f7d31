package org.civicatlas.portal.programs;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the finder's parameters and writing them back into canonical links. */
class FinderQueryTests {

	private static final String SAGES = "village_sages_united_front";

	private static final Taxonomy TAXONOMY = Taxonomy
		.of(List.of(new Taxonomy.Row(SAGES, "乡贤与统战", "Village sages", "village_sages", "乡贤", "Sages"),
				new Taxonomy.Row(SAGES, "乡贤与统战", "Village sages", "united_front", "统战", "United front"),
				new Taxonomy.Row("integrity", "清廉建设", "Integrity", "integrity", "清廉建设", "Integrity")));

	private static FinderQuery parse(String... pairs) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.add(pairs[i], pairs[i + 1]);
		}
		return FinderQuery.parse(params, TAXONOMY);
	}

	@Test
	void noParametersIsTheFirstPageOfEverything() {
		FinderQuery query = parse();
		assertThat(query.filtered()).isFalse();
		assertThat(query.page()).isEqualTo(1);
		assertThat(query.sort()).isEqualTo(FinderQuery.DEFAULT_SORT);
		assertThat(query.href()).isEqualTo("/programs");
	}

	@Test
	void readsEveryFilter() {
		FinderQuery query = parse("q", " 乡贤 ", "type", "integrity", "type", "village_sages_united_front", "subtype",
				"united_front", "place", "330602", "metrics", "yes", "sort", "name", "page", "3");
		assertThat(query.q()).isEqualTo("乡贤");
		assertThat(query.types()).containsExactly("integrity", "village_sages_united_front");
		assertThat(query.subtypes()).containsExactly("united_front");
		assertThat(query.place()).isEqualTo("330602");
		assertThat(query.metrics()).isTrue();
		assertThat(query.sort()).isEqualTo(FinderQuery.Sort.NAME);
		assertThat(query.page()).isEqualTo(3);
		assertThat(query.offset()).isEqualTo(40);
	}

	@Test
	void emptyFormFieldsMeanNoFilter() {
		FinderQuery query = parse("q", "", "place", "", "sort", "", "metrics", "");
		assertThat(query.filtered()).isFalse();
		assertThat(query.href()).isEqualTo("/programs");
	}

	@Test
	void repeatedValuesCountOnce() {
		assertThat(parse("type", "integrity", "type", "integrity").types()).containsExactly("integrity");
	}

	@ParameterizedTest
	@ValueSource(strings = { "type=unknown", "type=", "subtype=village_sages_united_front", "place=33", "place=330",
			"place=3306021", "place=330602004001", "place=4406", "place=abcd", "metrics=no", "metrics=true",
			"sort=popular", "page=0", "page=-1", "page=x", "page=1.5", "page=", "page=99999999999",
			"place=3306&place=3307", "page=1&page=2", "q=1&q=2" })
	void malformedOrUnknownValuesAreBadRequests(String pairs) {
		String[] split = pairs.split("[&=]", -1);
		assertThatThrownBy(() -> parse(split)).isInstanceOfSatisfying(ResponseStatusException.class,
				ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@Test
	void aVeryLongTextIsABadRequest() {
		assertThatThrownBy(() -> parse("q", "乡".repeat(FinderQuery.MAX_QUERY_LENGTH + 1)))
			.isInstanceOf(ResponseStatusException.class);
		assertThat(parse("q", "乡".repeat(FinderQuery.MAX_QUERY_LENGTH)).q()).hasSize(FinderQuery.MAX_QUERY_LENGTH);
	}

	@Test
	void linksAreCanonicalAndEncoded() {
		FinderQuery query = parse("page", "2", "sort", "metrics", "metrics", "yes", "place", "3306", "subtype",
				"united_front", "type", "integrity", "q", "a&b <c>+乡");
		assertThat(query.href()).isEqualTo("/programs?q=a%26b+%3Cc%3E%2B%E4%B9%A1&type=integrity&subtype=united_front"
				+ "&place=3306&metrics=yes&sort=metrics&page=2");
	}

	@Test
	void removingOneValueKeepsTheOthersAndTheSortButGoesBackToTheFirstPage() {
		FinderQuery query = parse("q", "乡贤", "type", "integrity", "type", "village_sages_united_front", "subtype",
				"united_front", "place", "3306", "metrics", "yes", "sort", "name", "page", "2");
		assertThat(query.withoutType("integrity").types()).containsExactly("village_sages_united_front");
		assertThat(query.withoutType("integrity").page()).isEqualTo(1);
		assertThat(query.withoutType("integrity").sort()).isEqualTo(FinderQuery.Sort.NAME);
		assertThat(query.withoutSubtype("united_front").subtypes()).isEmpty();
		assertThat(query.withoutQ().q()).isNull();
		assertThat(query.withoutMetrics().metrics()).isFalse();
		assertThat(query.withPlace(null).place()).isNull();
		assertThat(query.withPlace("330602").place()).isEqualTo("330602");
		assertThat(query.withPage(5).page()).isEqualTo(5);
		assertThat(query.withPage(5).types()).isEqualTo(query.types());
		assertThat(query.cleared().href()).isEqualTo("/programs?sort=name");
	}

	@Test
	void theDefaultSortIsLeftOutOfLinks() {
		assertThat(parse("sort", FinderQuery.DEFAULT_SORT.key()).href()).isEqualTo("/programs");
	}

}
