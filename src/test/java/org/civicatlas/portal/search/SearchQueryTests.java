package org.civicatlas.portal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void twoCharactersAreOneBigram() {
		SearchQuery query = SearchQuery.parse("乡贤");
		assertThat(query.terms()).containsExactly("乡贤");
		assertThat(query.tsquery()).isEqualTo("('乡贤')");
	}

	@Test
	void aLongerWordIsThePhraseOfItsBigrams() {
		assertThat(SearchQuery.parse("共富工坊").tsquery()).isEqualTo("('共富' <-> '富工' <-> '工坊')");
	}

	@Test
	void aSingleCharacterIsAPrefixMatch() {
		assertThat(SearchQuery.parse("贤").tsquery()).isEqualTo("'贤':*");
	}

	@Test
	void spacesAndPunctuationSeparateTermsThatMustAllMatch() {
		SearchQuery query = SearchQuery.parse(" 乡贤，调解  网格 ");
		assertThat(query.terms()).containsExactly("乡贤", "调解", "网格");
		assertThat(query.tsquery()).isEqualTo("('乡贤') & ('调解') & ('网格')");
		assertThat(query.text()).isEqualTo("乡贤，调解  网格");
	}

	@Test
	void termsAreFoldedLikeTheIndex() {
		SearchQuery query = SearchQuery.parse("ＡＰＰ ２０２３年 App");
		assertThat(query.terms()).containsExactly("app", "2023年");
	}

	@Test
	void quotesAndOperatorsNeverReachTheTsquery() {
		SearchQuery query = SearchQuery.parse("乡贤' | !网格 <-> (调解):*");
		assertThat(query.terms()).containsExactly("乡贤", "网格", "调解");
		assertThat(query.tsquery()).doesNotContain("|", "!", "((", ":*");
	}

	@Test
	void punctuationOnlyIsBlankButKeepsItsText() {
		SearchQuery query = SearchQuery.parse("“……”");
		assertThat(query.isBlank()).isTrue();
		assertThat(query.text()).isEqualTo("“……”");
		assertThat(SearchQuery.parse(null).isBlank()).isTrue();
		assertThat(SearchQuery.parse("   ").text()).isEmpty();
	}

	@Test
	void aLongQueryIsShortenedToMaxLengthCharacters() {
		String longQuery = "乡贤".repeat(60) + "𠀋";
		SearchQuery query = SearchQuery.parse(longQuery);
		assertThat(query.shortened()).isTrue();
		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(SearchQuery.parse("乡贤".repeat(50)).shortened()).isFalse();
	}

	@Test
	void aShortenedQueryNeverEndsInHalfASurrogatePair() {
		SearchQuery query = SearchQuery.parse("乡".repeat(99) + "𠀋𠀋");
		assertThat(query.text()).endsWith("𠀋");
		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(SearchQuery.MAX_LENGTH);
	}

}
