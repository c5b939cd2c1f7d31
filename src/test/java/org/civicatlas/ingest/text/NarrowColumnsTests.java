package org.civicatlas.ingest.text;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NarrowColumnsTests {

	/**
	 * Three narrow columns of three lines; the page printed the third before the second.
	 */
	private static final String PAGE = String.join("\n\n", "小小工作室 解决大难题", "街道在社区设立调解工作室,", "由退休干部和律师组成团队,",
			"每周固定时间坐班接待居", // column 1
			"调处纠纷两百多起,化解", "率达到九成以上,居民", "都说家门口就能办事。", // column 3, printed second
			"民,倾听群众的烦心事。", "去年以来,工作室接待来访", "群众上千人次,其中", // column 2, printed last
			"");

	private final Continuity continuity = new Continuity(List.of("接待居民,倾听群众", "化解纠纷两百多起"));

	@Test
	void theLastPrintedColumnGoesBeforeTheOneAboveIt() {
		PageLines page = PageLines.of(PAGE, Map.of());
		List<LineRef> printed = page.refs();

		List<LineRef> read = NarrowColumns.reorder(printed, 1, page, continuity);

		assertThat(read).extracting(LineRef::line).containsExactly(1, 3, 5, 7, 15, 17, 19, 9, 11, 13);
	}

	@Test
	void anArticleEndingOnAFinishedSentenceStaysAsPrinted() {
		PageLines page = PageLines.of(PAGE.replace("群众上千人次,其中", "群众上千人次。"), Map.of());

		assertThat(NarrowColumns.reorder(page.refs(), 1, page, continuity)).isEqualTo(page.refs());
	}

	@Test
	void fullWidthLinesAreNeverReordered() {
		PageLines page = PageLines.of(PAGE.replace("由退休干部和律师组成团队,", "由退休干部和律师组成团队,每周固定时间坐班接待居民,倾听群众的烦心事,"), Map.of());

		assertThat(NarrowColumns.reorder(page.refs(), 1, page, continuity)).isEqualTo(page.refs());
	}

}
