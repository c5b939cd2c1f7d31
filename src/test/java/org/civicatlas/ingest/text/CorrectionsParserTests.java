package org.civicatlas.ingest.text;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectionsParserTests {

	private static final String PAGE = String.join("\n", "标题一", "", "正文甲。", "", "正文乙。", "", "甲列 乙列 甲续 乙续", "", "标题二",
			"", "正文丙。", "");

	@Test
	void readsArticlesRangesSplitsAndNoise() {
		Corrections corrections = CorrectionsParser.parse("""
				# a comment
				split 7 2
				article 1 3-5 7.1   # ranges skip blank lines
				captions 11
				incomplete
				article 9 7.2
				""", PAGE);
		assertThat(corrections.splits()).isEqualTo(Map.of(7, 2));
		assertThat(corrections.articles()).hasSize(2);
		Corrections.ArticleLines first = corrections.articles().get(0);
		assertThat(first.lines()).containsExactly(LineRef.of(1), LineRef.of(3), LineRef.of(5), new LineRef(7, 1));
		assertThat(first.captions()).containsExactly(LineRef.of(11));
		assertThat(first.incomplete()).isTrue();
		assertThat(corrections.articles().get(1).incomplete()).isFalse();
	}

	@Test
	void aHeadlinePrintedInTwoPlacesIsOneHeadline() {
		Corrections corrections = CorrectionsParser.parse("article 9+1 3 5", PAGE);
		assertThat(corrections.articles().get(0).headlineLines()).isEqualTo(2);
		assertThat(corrections.articles().get(0).lines()).containsExactly(LineRef.of(9), LineRef.of(1), LineRef.of(3),
				LineRef.of(5));
	}

	@Test
	void splitColumnsAlternateWordByWord() {
		PageLines lines = PageLines.of(PAGE, Map.of(7, 2));
		assertThat(lines.text(new LineRef(7, 1))).isEqualTo("甲列 甲续");
		assertThat(lines.text(new LineRef(7, 2))).isEqualTo("乙列 乙续");
		assertThat(lines.contains(LineRef.of(7))).isFalse();
	}

	@Test
	void impossibleCorrectionsAreErrors() {
		assertThatThrownBy(() -> CorrectionsParser.parse("article 2", PAGE)).hasMessageContaining("line 2 is blank");
		assertThatThrownBy(() -> CorrectionsParser.parse("article 99", PAGE)).hasMessageContaining("not on the page");
		assertThatThrownBy(() -> CorrectionsParser.parse("article 1 3\narticle 9 3", PAGE))
			.hasMessageContaining("named twice");
		assertThatThrownBy(() -> CorrectionsParser.parse("captions 3", PAGE))
			.hasMessageContaining("must follow an article");
		assertThatThrownBy(() -> CorrectionsParser.parse("move 3", PAGE)).hasMessageContaining("unknown word");
	}

	@Test
	void noCorrectionsChangeNothing() {
		assertThat(CorrectionsParser.parse("# nothing to correct\n", PAGE).isEmpty()).isTrue();
		assertThat(Corrections.NONE.namedLines()).isEqualTo(List.of());
	}

}
