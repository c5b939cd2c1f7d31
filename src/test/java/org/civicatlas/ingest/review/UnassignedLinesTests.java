package org.civicatlas.ingest.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * Issue 9, every line accounted for: a page of the development set uploaded through the
 * review queue keeps each of its non-blank lines in exactly one place, and the review
 * page lists the lines the pipeline gave no place, with their count, as the queue does.
 */
@EditingTest
@CleansUp
class UnassignedLinesTests {

	/**
	 * A dev page the pipeline does not lay out completely yet: three of its lines get no
	 * place.
	 */
	private static final String DEV_PAGE = "DEV02_community.txt";

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	@Test
	void noLineOfADevPageIsLostAndTheUnassignedAreListed() throws Exception {
		byte[] content = new ClassPathResource("devset/pages/" + DEV_PAGE).getInputStream().readAllBytes();
		String location = editor.upload(DEV_PAGE, content).getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/pages/\\d+");
		long page = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		List<Integer> nonBlank = nonBlankLines(new String(content, StandardCharsets.UTF_8));
		List<Integer> placed = jdbc.sql("select line from page_line where source_page_id = :p order by line")
			.param("p", page)
			.query(Integer.class)
			.list();
		assertThat(placed).as("each non-blank line once, no blank line").isEqualTo(nonBlank);

		List<Integer> inArticles = jdbc.sql("""
				select distinct unnest(source_lines) from article where source_page_id = :p order by 1""")
			.param("p", page)
			.query(Integer.class)
			.list();
		List<Integer> articleRoles = lines(page, "role in ('HEADLINE', 'SUBHEAD', 'BYLINE', 'BODY')");
		assertThat(articleRoles).as("the articles' own lines").isEqualTo(inArticles);

		List<Integer> unassigned = lines(page, "role = 'UNASSIGNED'");
		List<Integer> elsewhere = lines(page, "role in ('CAPTION', 'DUPLICATE')");
		List<Integer> complement = new ArrayList<>(nonBlank);
		complement.removeAll(inArticles);
		complement.removeAll(elsewhere);
		assertThat(unassigned).as("the complement of what the pipeline placed").isEqualTo(complement).isNotEmpty();

		String review = body(editor.get("/admin/pages/{id}", page));
		assertThat(review).contains("有 " + unassigned.size() + " 行不属于任何文章");
		assertThat(linked(review)).as("every unassigned line listed with a link").isEqualTo(unassigned);
		assertThat(body(editor.get("/admin/pages"))).contains("fw-bold\">" + unassigned.size() + "</td>");
	}

	private List<Integer> lines(long page, String condition) {
		return jdbc.sql("select line from page_line where source_page_id = :p and " + condition + " order by line")
			.param("p", page)
			.query(Integer.class)
			.list();
	}

	/** The line numbers the unassigned box of the review page links to. */
	private static List<Integer> linked(String review) {
		int start = review.indexOf("id=\"unassigned\"");
		String box = review.substring(start, review.indexOf("</div>", start));
		List<Integer> lines = new ArrayList<>();
		Matcher link = Pattern.compile("href=\"#line-(\\d+)\"").matcher(box);
		while (link.find()) {
			lines.add(Integer.parseInt(link.group(1)));
		}
		return lines;
	}

	private static List<Integer> nonBlankLines(String text) {
		String[] raw = text.split("\r?\n", -1);
		List<Integer> lines = new ArrayList<>();
		for (int i = 0; i < raw.length; i++) {
			if (!raw[i].strip().isEmpty()) {
				lines.add(i + 1);
			}
		}
		return lines;
	}

}
