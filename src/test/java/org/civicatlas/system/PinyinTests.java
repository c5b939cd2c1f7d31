package org.civicatlas.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTests {

	@Test
	void charactersBecomeSyllablesAndOtherWordsStayAsWritten() {
		assertThat(Pinyin.syllables("共富工坊2.0")).containsExactly("gong", "fu", "gong", "fang", "2", "0");
		assertThat(Pinyin.syllables("“乡贤+”模式")).containsExactly("xiang", "xian", "mo", "shi");
		assertThat(Pinyin.syllables("ABC平台")).containsExactly("ABC", "ping", "tai");
	}

	@Test
	void aProperNameIsOneWordWithApostrophesBetweenAmbiguousSyllables() {
		assertThat(Pinyin.word("西湖")).isEqualTo("Xihu");
		assertThat(Pinyin.word("临安")).isEqualTo("Lin'an");
		assertThat(Pinyin.word("吕山")).isEqualTo("Lüshan");
	}

	@Test
	void aPhraseKeepsItsSyllablesApart() {
		assertThat(Pinyin.spaced("乡贤参事会")).isEqualTo("Xiang xian can shi hui");
		assertThat(Pinyin.spaced("矛盾调解")).isEqualTo("Mao dun tiao jie");
	}

	@Test
	void theReadingsNamesUseWinOverTheLibrarysFirst() {
		// pinyin4j lists zhang before chang, dou before du
		assertThat(Pinyin.word("长兴")).isEqualTo("Changxing");
		assertThat(Pinyin.word("屏都")).isEqualTo("Pingdu");
		assertThat(Pinyin.READINGS).allSatisfy((c, reading) -> assertThat(reading).matches("[a-zü]+"));
	}

}
