package org.civicatlas.portal.cards;

import java.util.List;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Breaking a card's title into lines, measured here as one unit per character. */
class LinesTests {

	private static final ToIntFunction<String> CHARACTERS = text -> text.codePointCount(0, text.length());

	@Test
	void chineseBreaksBetweenAnyTwoCharacters() {
		assertThat(Lines.wrap("乡贤参与基层治理", 3, CHARACTERS, 5)).containsExactly("乡贤参", "与基层", "治理");
	}

	@Test
	void latinBreaksOnlyAtSpaces() {
		assertThat(Lines.wrap("Village sages join in", 12, CHARACTERS, 5)).containsExactly("Village", "sages join",
				"in");
	}

	@Test
	void aClosingMarkStaysWithTheCharacterBeforeIt() {
		// 。 would start the second line; it goes with 理, and the line is one wider
		List<String> lines = Lines.wrap("基层治理。共同体", 4, CHARACTERS, 5);
		assertThat(lines).noneMatch(line -> line.startsWith("。"));
		assertThat(String.join("", lines)).isEqualTo("基层治理。共同体");
	}

	@Test
	void aWordWiderThanALineIsCut() {
		assertThat(Lines.wrap("Xiangxiancanshihui", 6, CHARACTERS, 5)).containsExactly("Xiangx", "iancan", "shihui");
	}

	@Test
	void pastTheLastLineAnEllipsisEndsIt() {
		assertThat(Lines.wrap("一二三四五六七八九十", 4, CHARACTERS, 2)).containsExactly("一二三四", "五六七…");
	}

	@Test
	void mixedTextKeepsItsWordsAndSpaces() {
		assertThat(Lines.wrap("共富工坊 2.0 版", 20, CHARACTERS, 2)).containsExactly("共富工坊 2.0 版");
	}

}
