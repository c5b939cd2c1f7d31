package org.civicatlas.ingest.review;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * Re-import of an uploaded page whose first article an older pipeline read differently
 * (its body and headline as stored, and as recorded at import, are "older") and whose
 * headline an editor then changed by hand: the comparison offers both, the body ticked
 * and the headline not; nothing changes before the confirmation, which takes the ticked
 * values through the entity.
 */
@EditingTest
@CleansUp
class ReimportTests {

	private static final Pattern TAKE = Pattern
		.compile("name=\"take\" value=\"([^\"]+)\"\\s+id=\"[^\"]+\"(\\s+checked)?");

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	Map<String, Long> before;

	long page;

	long article;

	String body;

	@BeforeEach
	void setUp() throws Exception {
		page = editor.uploadPage("review-beihai.txt");
		article = editor.articles(page).get(0);
		body = jdbc.sql("select body from article where id = :id").param("id", article).query(String.class).single();
		jdbc.sql("update article set body = '旧的正文', headline = '编辑改的标题' where id = :id").param("id", article).update();
		jdbc.sql("""
				update article_import set fields = fields || '{"body": "旧的正文", "headline": "旧的标题"}'::jsonb
				 where article_id = :id""").param("id", article).update();
	}

	@Test
	void theComparisonTicksNewValuesAndLeavesHandEditsUnticked() throws Exception {
		long version = editor.version("article", article);
		String shown = body(editor.get("/admin/pages/{id}/reimport", page));
		assertThat(shown).contains("旧的正文", "编辑改的标题", "睦邻议事厅 议出幸福新北海", "编辑改过");
		Map<String, Boolean> ticked = ticked(shown);
		assertThat(ticked).containsEntry(article + ":BODY:" + Integer.toHexString(body.hashCode()), true);
		assertThat(ticked.entrySet()).filteredOn(e -> e.getKey().startsWith(article + ":HEADLINE:"))
			.singleElement()
			.satisfies(e -> assertThat(e.getValue()).isFalse());
		assertThat(editor.version("article", article)).as("looking changes nothing").isEqualTo(version);

		List<String> take = ticked.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
		MvcResult done = editor.post("/admin/pages/" + page + "/reimport", Map.of("take", take, "seen",
				List.of(article + ":" + version), "pageVersion", editor.version("source_page", page)));
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/admin/pages/" + page);
		assertThat(body(editor.follow(done))).contains("重新导入完成：采用了 1 项改动。");
		Map<String, Object> now = jdbc.sql("select body, headline, version from article where id = :id")
			.param("id", article)
			.query()
			.singleRow();
		assertThat(now).containsEntry("body", body)
			.containsEntry("headline", "编辑改的标题")
			.containsEntry("version", version + 1);
		assertThat(jdbc.sql("select count(*) from article_aud where id = :id")
			.param("id", article)
			.query(Long.class)
			.single()).as("in the history").isPositive();
		// the pipeline's headline was seen and declined: it is not offered again over the
		// editor's
		assertThat(ticked(body(editor.get("/admin/pages/{id}/reimport", page)))).isEmpty();
	}

	@Test
	void aStaleConfirmationChangesNothing() throws Exception {
		long version = editor.version("article", article);
		String token = article + ":BODY:" + Integer.toHexString(body.hashCode());
		MvcResult stale = editor.post("/admin/pages/" + page + "/reimport", Map.of("take", List.of(token), "seen",
				List.of(article + ":" + (version - 1)), "pageVersion", editor.version("source_page", page)));
		assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo("/admin/pages/" + page + "/reimport");
		MvcResult unseen = editor.post("/admin/pages/" + page + "/reimport",
				Map.of("take", List.of(article + ":BODY:0"), "seen", List.of(article + ":" + version), "pageVersion",
						editor.version("source_page", page)));
		assertThat(body(editor.follow(unseen))).contains("导入结果在你查看之后变了");
		assertThat(
				jdbc.sql("select body from article where id = :id").param("id", article).query(String.class).single())
			.isEqualTo("旧的正文");
		assertThat(editor.version("article", article)).isEqualTo(version);
	}

	/**
	 * Two articles to change, the first also losing a figure the older pipeline made; the
	 * second was edited after the editor looked. The first article's changes are written
	 * (and flushed) before the second is found stale: the refusal rolls them back, and a
	 * stale page is refused as well.
	 */
	@Test
	void aConfirmationRefusedHalfWayLeavesNothing() throws Exception {
		long second = editor.articles(page).get(1);
		jdbc.sql("update article set body = '旧的正文二' where id = :id").param("id", second).update();
		jdbc.sql("update article_import set fields = fields || '{\"body\": \"旧的正文二\"}'::jsonb where article_id = :id")
			.param("id", second)
			.update();
		long figure = jdbc.sql("""
				insert into metric (article_id, label, value, unit, category, quote, source_line, position)
				values (:id, '旧的数据', 5, '个', 'count', '旧的引文', 5, 99) returning id""")
			.param("id", article)
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						update article_import set fields = jsonb_set(fields, '{figures}', fields->'figures' || jsonb_build_array(
						  jsonb_build_object('label', '旧的数据', 'value', '5', 'unit', '个', 'category', 'count', 'quote', '旧的引文',
						                     'sourceLine', 5))) where article_id = :a""")
			.param("a", article)
			.update();
		Map<String, Boolean> ticked = ticked(body(editor.get("/admin/pages/{id}/reimport", page)));
		List<String> take = ticked.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
		assertThat(take).as("a body of each article and a figure").hasSize(3);
		long first = editor.version("article", article);
		long pageVersion = editor.version("source_page", page);

		MvcResult stale = editor.post("/admin/pages/" + page + "/reimport",
				Map.of("take", take, "seen",
						List.of(article + ":" + first, second + ":" + (editor.version("article", second) - 1)),
						"pageVersion", pageVersion));
		assertThat(body(editor.follow(stale))).contains("在你查看对比之后，这个版面或其中的文章被修改了");
		assertThat(
				jdbc.sql("select count(*) from metric where id = :id").param("id", figure).query(Long.class).single())
			.as("the figure the first article would have lost")
			.isOne();
		assertThat(
				jdbc.sql("select body from article where id = :id").param("id", article).query(String.class).single())
			.isEqualTo("旧的正文");
		assertThat(editor.version("article", article)).isEqualTo(first);

		MvcResult stalePage = editor.post("/admin/pages/" + page + "/reimport",
				Map.of("take", take, "seen",
						List.of(article + ":" + first, second + ":" + editor.version("article", second)), "pageVersion",
						pageVersion - 1));
		assertThat(body(editor.follow(stalePage))).contains("在你查看对比之后，这个版面或其中的文章被修改了");
		assertThat(editor.version("article", article)).isEqualTo(first);
	}

	/** The take checkboxes of the comparison: token → ticked. */
	private static Map<String, Boolean> ticked(String html) {
		Map<String, Boolean> ticked = new java.util.LinkedHashMap<>();
		Matcher matcher = TAKE.matcher(html);
		while (matcher.find()) {
			ticked.put(matcher.group(1), matcher.group(2) != null);
		}
		return ticked;
	}

}
