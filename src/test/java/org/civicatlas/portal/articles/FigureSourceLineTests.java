package org.civicatlas.portal.articles;

import java.util.Map;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure links to the line of its page that states it, and the source view opens
 * there, highlighted.
 */
@PortalTest
class FigureSourceLineTests {

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSourceViewHighlightsTheLineItWasOpenedAt() {
		Map<String, Object> figure = aFigure();
		long article = ((Number) figure.get("article_id")).longValue();
		int line = ((Number) figure.get("source_line")).intValue();
		String html = http.get("/articles/" + article + "/source?line=" + line).body();
		String row = html.substring(html.indexOf("id=\"L" + line + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("source-focus").contains("<mark class=\"source-focus-text\"");
		assertThat(html.split("source-focus-text").length - 1).isEqualTo(1);
		assertThat(http.get("/articles/" + article + "/source").body()).doesNotContain("source-focus");
		assertThat(http.get("/articles/" + article + "/source?line=x").statusCode()).isEqualTo(400);
	}

	@Test
	void theArticleTheFiguresListAndTheProgramLinkToTheLine() {
		Map<String, Object> figure = aFigure();
		long article = ((Number) figure.get("article_id")).longValue();
		int line = ((Number) figure.get("source_line")).intValue();
		String link = "href=\"/articles/" + article + "/source?line=" + line + "#L" + line + "\"";
		assertThat(http.get("/articles/" + article).body()).contains(link).contains("原文第" + line + "行");
		assertThat(http.get("/articles/" + article + "?lang=en").body()).contains("source line " + line);
		assertThat(http.get("/metrics").body()).contains("/source?line=");
		Object program = figure.get("program_id");
		if (program != null) {
			assertThat(http.get("/programs/" + program).body()).contains(link);
		}
	}

	@Test
	void placeHighlightsWordTheirUnitsInEnglish() {
		String html = http.get("/places/3306?lang=en").body();
		assertThat(html).contains("Highlights")
			.containsPattern("source line \\d+")
			.doesNotContainPattern("fw-semibold mb-0\">[^<]*\\d ?[个名人元]");
	}

	private Map<String, Object> aFigure() {
		return jdbc.sql("""
				select m.article_id, m.source_line, m.program_id from metric m
				  join article a on a.id = m.article_id and a.status = 'PUBLISHED'
				  join program p on p.id = m.program_id and p.status = 'PUBLISHED' and p.merged_into is null
				 where m.source_line is not null order by m.id limit 1""").query().singleRow();
	}

}
