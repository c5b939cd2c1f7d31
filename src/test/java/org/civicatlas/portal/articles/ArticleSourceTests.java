package org.civicatlas.portal.articles;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.civicatlas.system.SqlArrays;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source view of an article: every page line numbered, exactly the article's lines
 * marked.
 */
@PortalTest
class ArticleSourceTests {

	private static final Pattern ROW = Pattern.compile("<tr id=\"L(\\d+)\"( class=\"source-marked\")?>\\s*"
			+ "<th scope=\"row\"><a href=\"#L\\1\">\\1</a></th>\\s*<td>((?:<span class=\"badge[^\"]*\">\\d+</span>)*)</td>");

	private static final Pattern BADGE = Pattern.compile(">(\\d+)</span>");

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	record Page(int lineCount, List<Integer> lines) {
	}

	@Test
	void everyLineIsNumberedAndExactlyTheArticlesLinesAreMarkedInReadingOrder() {
		// an article that reads its page out of order (columns)
		long article = jdbc.sql("""
				select id from article where status = 'PUBLISHED'
				   and source_lines <> array(select unnest(source_lines) order by 1) order by id limit 1""")
			.query(Long.class)
			.single();
		Page page = page(article);
		HttpResponse<String> response = http.get("/articles/" + article + "/source");
		assertThat(response.statusCode()).isEqualTo(200);

		List<Integer> numbers = new ArrayList<>();
		Set<Integer> marked = new TreeSet<>();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < page.lines().size(); i++) {
			order.add(null);
		}
		Matcher row = ROW.matcher(response.body());
		while (row.find()) {
			int number = Integer.parseInt(row.group(1));
			numbers.add(number);
			if (row.group(2) != null) {
				marked.add(number);
			}
			Matcher badge = BADGE.matcher(row.group(3));
			while (badge.find()) {
				order.set(Integer.parseInt(badge.group(1)) - 1, number);
			}
		}
		assertThat(numbers).hasSize(page.lineCount()).first().isEqualTo(1);
		assertThat(numbers).isSorted();
		assertThat(marked).isEqualTo(new TreeSet<>(page.lines()));
		assertThat(order).isEqualTo(page.lines());
	}

	@Test
	void blankLinesAreCountedAndTheFirstMarkedLineIsOneJumpAway() {
		long article = jdbc.sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
		Page page = page(article);
		String html = http.get("/articles/" + article + "/source").body();
		int first = new TreeSet<>(page.lines()).first();
		assertThat(html).contains("<a class=\"btn btn-sm btn-primary\" href=\"#L" + first + "\">")
			.containsPattern("<tr id=\"L\\d+\">\\s*<th scope=\"row\"><a href=\"#L\\d+\">\\d+</a></th>\\s*<td></td>\\s*"
					+ "<td class=\"source-text\"></td>")
			.contains("共" + page.lineCount() + "行");
		assertThat(http.get("/articles/" + article + "/source?lang=en").body()).contains("<html lang=\"en\"")
			.contains("has " + page.lineCount() + " lines")
			.contains("Jump to the first marked line (line " + first + ")");
	}

	@Test
	void unknownAndMalformedIdsAreRefused() {
		assertThat(http.get("/articles/999999/source").statusCode()).isEqualTo(404);
		assertThat(http.get("/articles/x/source").statusCode()).isEqualTo(400);
	}

	@Test
	void theSourceViewRunsTwoStatements() {
		statements.reset();
		http.get("/articles/1/source");
		// one more for the data version (the ETag), read before every public page
		assertThat(statements.count()).isEqualTo(2);
	}

	private Page page(long article) {
		return jdbc.sql("""
				select p.line_count, a.source_lines from article a join source_page p on p.id = a.source_page_id
				 where a.id = :id""")
			.param("id", article)
			.query((rs, n) -> new Page(rs.getInt("line_count"), SqlArrays.ints(rs.getArray("source_lines"))))
			.single();
	}

}
