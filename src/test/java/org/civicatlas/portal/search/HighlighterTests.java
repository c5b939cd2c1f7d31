package org.civicatlas.portal.search;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTests {

	@Test
	void marksEveryHitOfEveryTerm() {
		List<Segment> segments = highlighter("乡贤 调解").mark("新乡贤调解工作室，乡贤调解");
		assertThat(segments).containsExactly(new Segment("新", false), new Segment("乡贤调解", true),
				new Segment("工作室，", false), new Segment("乡贤调解", true));
	}

	@Test
	void matchesFoldedTextButKeepsTheOriginalCharacters() {
		List<Segment> segments = highlighter("app 2023").mark("浙里办ＡＰＰ于２０２３年");
		assertThat(segments).containsExactly(new Segment("浙里办", false), new Segment("ＡＰＰ", true),
				new Segment("于", false), new Segment("２０２３", true), new Segment("年", false));
	}

	@Test
	void aHitNeverSpansPunctuation() {
		assertThat(highlighter("乡贤").mark("乡，贤")).containsExactly(new Segment("乡，贤", false));
	}

	@Test
	void markupIsKeptAsPlainTextForTheTemplateToEscape() {
		assertThat(highlighter("script").mark("<script>")).containsExactly(new Segment("<", false),
				new Segment("script", true), new Segment(">", false));
	}

	@Test
	void aSnippetIsAWindowAroundTheFirstHitWithEllipses() {
		String text = "甲".repeat(50) + "网格" + "乙".repeat(50);
		List<Segment> snippet = highlighter("网格").snippet(text, 20);
		assertThat(snippet.get(0)).isEqualTo(new Segment(Highlighter.ELLIPSIS, false));
		assertThat(snippet.get(snippet.size() - 1)).isEqualTo(new Segment(Highlighter.ELLIPSIS, false));
		assertThat(snippet).contains(new Segment("网格", true));
		assertThat(plain(snippet)).isEqualTo("…" + "甲".repeat(5) + "网格" + "乙".repeat(13) + "…");
	}

	@Test
	void aSnippetWithoutHitsIsTheStartOfTheText() {
		assertThat(plain(highlighter("网格").snippet("一二三四五六七八九十", 4))).isEqualTo("一二三四…");
		assertThat(plain(highlighter("网格").snippet("一二三", 4))).isEqualTo("一二三");
	}

	@Test
	void aHitNearTheEndStillFillsTheWindow() {
		String text = "甲".repeat(30) + "网格";
		assertThat(plain(highlighter("网格").snippet(text, 10))).isEqualTo("…" + "甲".repeat(8) + "网格");
	}

	private static Highlighter highlighter(String query) {
		return new Highlighter(SearchQuery.parse(query));
	}

	private static String plain(List<Segment> segments) {
		return segments.stream().map(Segment::text).collect(Collectors.joining());
	}

}
