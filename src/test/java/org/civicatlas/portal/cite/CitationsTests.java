package org.civicatlas.portal.cite;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.civicatlas.system.IssueDate;
import org.civicatlas.system.Publication;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four citation forms of an article with a known newspaper, of one without, and of a
 * program.
 */
class CitationsTests {

	private static final LocalDate ACCESSED = LocalDate.of(2026, 12, 3);

	private static final String URL = "https://atlas.example/articles/7";

	private static final Citable PRINTED = new Citable("article", 7, "乡贤参与基层治理 构筑居民幸福共同体", List.of("孙良", "孙健"),
			new Publication("浙江日报", IssueDate.parse("2023-11-05").orElseThrow(), "5"), "/articles/7");

	private static final Citable UNKNOWN = new Citable("article", 8, "100% {共富} 工坊_#1", List.of(), Publication.UNKNOWN,
			"/articles/8");

	private static final Citable PROGRAM = new Citable("program", 3, "爱心卡", List.of(), Publication.UNKNOWN,
			"/programs/3");

	@Test
	void gbt7714CitesANewspaperArticleOnlineAndElseTheAtlasDatabase() {
		assertThat(Citations.gbt7714(PRINTED, "浙江基层创新图谱", URL, ACCESSED))
			.isEqualTo("孙良, 孙健. 乡贤参与基层治理 构筑居民幸福共同体[N/OL]. 浙江日报, 2023-11-05(5) [2026-12-03]. " + URL + ".");
		assertThat(Citations.gbt7714(PROGRAM, "浙江基层创新图谱", "https://atlas.example/programs/3", ACCESSED))
			.isEqualTo("浙江基层创新图谱. 爱心卡[DB/OL]. 浙江基层创新图谱. [2026-12-03]. https://atlas.example/programs/3.");
	}

	@Test
	void theBibtexParsesWithAnIndependentParserAndKeepsEveryField() throws Exception {
		BibTeXDatabase database = new BibTeXParser()
			.parse(new StringReader(Citations.bibtex(PRINTED, "浙江基层创新图谱", URL, ACCESSED)
					+ Citations.bibtex(UNKNOWN, "浙江基层创新图谱", URL, ACCESSED)));
		BibTeXEntry printed = database.resolveEntry(new Key("civicatlas-article-7"));
		assertThat(printed.getType()).isEqualTo(BibTeXEntry.TYPE_ARTICLE);
		assertThat(printed.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("{孙良} and {孙健}");
		assertThat(printed.getField(BibTeXEntry.KEY_JOURNAL).toUserString()).isEqualTo("浙江日报");
		assertThat(printed.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2023");
		assertThat(printed.getField(new Key("urldate")).toUserString()).isEqualTo("2026-12-03");
		BibTeXEntry unknown = database.resolveEntry(new Key("civicatlas-article-8"));
		assertThat(unknown.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
		assertThat(unknown.getField(BibTeXEntry.KEY_TITLE).toUserString()).isEqualTo("{100\\% \\{共富\\} 工坊\\_\\#1}");
		assertThat(unknown.getField(BibTeXEntry.KEY_YEAR)).isNull();
	}

	@Test
	void risHasItsTagsInOrderAndEndsTheRecord() {
		assertThat(Citations.ris(PRINTED, "浙江基层创新图谱", URL, ACCESSED).split("\r\n")).containsExactly("TY  - NEWS",
				"AU  - 孙良", "AU  - 孙健", "TI  - 乡贤参与基层治理 构筑居民幸福共同体", "T2  - 浙江日报", "PY  - 2023", "DA  - 2023/11/05",
				"SP  - 5", "UR  - " + URL, "Y2  - 2026/12/03", "DB  - 浙江基层创新图谱", "ER  - ");
	}

	@Test
	void cslJsonGivesTheIssueAtItsPrecision() {
		Citable month = new Citable("article", 9, "t", List.of("周静"),
				new Publication("嘉兴日报", IssueDate.parse("2022-06").orElseThrow(), null), "/articles/9");
		Map<String, Object> csl = Citations.cslJson(month, "浙江基层创新图谱", URL, ACCESSED).get(0);
		assertThat(csl).containsEntry("type", "article-newspaper")
			.containsEntry("container-title", "嘉兴日报")
			.containsEntry("issued", Map.of("date-parts", List.of(List.of(2022, 6))))
			.containsEntry("author", List.of(Map.of("literal", "周静")))
			.doesNotContainKey("page");
		assertThat(Citations.cslJson(PROGRAM, "浙江基层创新图谱", URL, ACCESSED).get(0)).containsEntry("type", "dataset")
			.containsEntry("publisher", "浙江基层创新图谱")
			.doesNotContainKey("issued");
	}

}
