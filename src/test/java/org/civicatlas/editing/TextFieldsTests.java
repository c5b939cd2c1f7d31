package org.civicatlas.editing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFieldsTests {

	@Test
	void linesDropBlanksAndPadding() {
		assertThat(TextFields.lines("  一行 \r\n\n 二行\n   \n")).containsExactly("一行", "二行");
		assertThat(TextFields.lines(null)).isEmpty();
	}

	@Test
	void wordsSplitOnSpacesAndChineseOrLatinCommas() {
		assertThat(TextFields.words("孙良，孙健、 王霞,李华  周敏；陈立")).containsExactly("孙良", "孙健", "王霞", "李华", "周敏", "陈立");
	}

	@Test
	void paragraphsAreSeparatedByBlankLinesAndWrappedLinesJoin() {
		assertThat(TextFields.paragraphs("第一段\n续写\r\n \r\n\n第二段 has\nLatin words\n\n\n")).containsExactly("第一段续写",
				"第二段 has Latin words");
		assertThat(TextFields.body("甲\n\n乙")).isEqualTo("甲\n\n乙");
	}

	@Test
	void blankIsNull() {
		assertThat(TextFields.trimToNull("  ")).isNull();
		assertThat(TextFields.trimToNull(" 越城区 ")).isEqualTo("越城区");
	}

}
