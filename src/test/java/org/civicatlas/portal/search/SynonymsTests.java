package org.civicatlas.portal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English and pinyin words stand for the Chinese terms of the texts; see
 * {@link Synonyms}.
 */
class SynonymsTests {

	private final Synonyms synonyms = new Synonyms();

	@Test
	void commonTermsInEnglishAreTheirChineseWords() {
		assertThat(synonyms.translate("village sages")).isEqualTo("乡贤");
		assertThat(synonyms.translate("Village Sage")).isEqualTo("乡贤");
		assertThat(synonyms.translate("grid  mediation")).isEqualTo("网格 调解");
	}

	@Test
	void theTaxonomysEnglishNamesAndTheCueWordsPinyinAreKnown() {
		// subtype "Elderly care" stands for its first cue word, and the cues' pinyin for
		// the cues
		assertThat(synonyms.translate("elderly care")).isEqualTo("养老");
		assertThat(synonyms.translate("Integrated law enforcement")).isEqualTo("执法");
		assertThat(synonyms.translate("xiangxian")).isEqualTo("乡贤");
		assertThat(synonyms.translate("gongfugongfang")).isEqualTo("共富工坊");
	}

	@Test
	void placeNamesInPinyinOrEnglishAreTheirChineseNames() {
		assertThat(synonyms.translate("Hangzhou")).isEqualTo("杭州");
		assertThat(synonyms.translate("Beihai Subdistrict")).isEqualTo("北海 街道");
		assertThat(synonyms.translate("Lin'an")).isEqualTo("临安");
		// 咸祥镇 and 贤庠镇 are both Xianxiang: one query term cannot stand for both
		assertThat(synonyms.translate("Xianxiang")).isNull();
	}

	@Test
	void aQueryWithNothingKnownIsLeftAlone() {
		assertThat(synonyms.translate("乡贤")).isNull();
		assertThat(synonyms.translate("xqzv")).isNull();
		// known words are replaced, the others kept as typed
		assertThat(synonyms.translate("mediation xqzv")).isEqualTo("调解 xqzv");
	}

}
