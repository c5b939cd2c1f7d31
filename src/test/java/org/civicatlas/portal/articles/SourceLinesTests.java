package org.civicatlas.portal.articles;

import java.util.List;

import org.civicatlas.portal.articles.SourceLines.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SourceLinesTests {

	@Test
	void numbersLinesAsCatDoesBlankLinesIncluded() {
		assertThat(SourceLines.lines("标题\n\n正文", List.of())).extracting(Line::number, Line::text)
			.containsExactly(tuple(1, "标题"), tuple(2, ""), tuple(3, "正文"));
		assertThat(SourceLines.lines("一\n二\n", List.of())).hasSize(2);
		assertThat(SourceLines.lines("一\r\n\r\n二", List.of())).extracting(Line::text).containsExactly("一", "", "二");
	}

	@Test
	void marksTheArticlesLinesWithTheirReadingOrder() {
		List<Line> lines = SourceLines.lines("a\n\nb\n\nc\nd", List.of(5, 1, 5, 99));
		assertThat(lines).extracting(Line::readingOrder)
			.containsExactly(List.of(2), List.of(), List.of(), List.of(), List.of(1, 3), List.of());
		assertThat(lines).filteredOn(Line::isMarked).extracting(Line::number).containsExactly(1, 5);
	}

	@Test
	void aRunOfMarkedLinesSpansTheBlankLinesBetweenThem() {
		List<Line> lines = SourceLines.lines("a\n\nb\nx\nc\n\n", List.of(1, 3, 5));
		assertThat(SourceLines.runs(lines)).containsExactly(new SourceLines.Run(1, 3), new SourceLines.Run(5, 5));
	}

	@Test
	void cutsLinesExactlyAsTheRegularExpressionDid() {
		for (String text : List.of("", "\n", "一", "一\n", "一\r\n二", "\r\n\r\n", "a\r\r\nb", "a\rb\n", "\n\n一\n\n")) {
			assertThat(SourceLines.split(text)).as(text).containsExactly(text.split("\r?\n", -1));
		}
	}

}
