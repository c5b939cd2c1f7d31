package org.civicatlas.ingest.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
 * Re-import of an uploaded page (in review) as an older pipeline had stored it, figures,
 * program links and articles included. The older pipeline (simulated on the stored rows
 * and their import record alike) missed a figure, read another one wrong, made one the
 * current pipeline no longer makes, missed a program link, made a link to a program the
 * current one does not see, missed the page's second article and made an article of a
 * blank line; an editor then edited two figures by hand, one of them where the current
 * pipeline reads something else, and edited a second phantom article. The comparison
 * shows all of it, ticks the pipeline's changes, leaves the conflict unticked, never
 * offers to delete what an editor made, and the confirmation takes it all at once.
 */
@EditingTest
@CleansUp
class ReimportContentTests {

	private static final Pattern TAKE = Pattern
		.compile("name=\"take\" value=\"([^\"]+)\"\\s+id=\"[^\"]+\"(\\s+checked)?");

	private static final String SECOND = "银龄食堂 暖胃更暖心";

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	long page;

	long first;

	List<Map<String, Object>> figures;

	@BeforeEach
	void setUp() throws Exception {
		page = editor.uploadPage("review-beihai.txt");
		first = editor.articles(page).get(0);
		figures = jdbc.sql("select id, label, quote, value from metric where article_id = :a order by position")
			.param("a", first)
			.query()
			.listOfRows();
		assertThat(figures).as("the first article's figures").hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void figuresLinksAndArticlesAreComparedAndTakenTogether() throws Exception {
		// missed by the older pipeline: gone from the rows and from the record
		String missed = quote(0);
		sql("delete from metric where id = :id", id(0));
		baseFigures("f->>'quote' = '" + missed + "' and f->>'label' = '" + label(0) + "'", "null");
		// read wrong by the older pipeline: stored and recorded with another value
		sql("update metric set value = 7 where id = :id", id(1));
		baseFigures("f->>'label' = '" + label(1) + "' and f->>'quote' = '" + quote(1) + "'",
				"f || '{\"value\": \"7\"}'");
		// edited by hand where the pipeline reads the same as before: kept, not offered
		sql("update metric set value = 8, version = version + 1 where id = :id", id(2));
		// edited by hand where the pipeline now reads differently: a conflict
		sql("update metric set value = 9, version = version + 1 where id = :id", id(3));
		baseFigures("f->>'label' = '" + label(3) + "' and f->>'quote' = '" + quote(3) + "'",
				"f || '{\"value\": \"6\"}'");
		// made by the older pipeline, not by the current one
		sql("""
				insert into metric (article_id, label, value, unit, category, quote, source_line, position)
				values (:id, '旧的数据', 5, '个', 'count', '旧的引文', 5, 99)""", first);
		jdbc.sql(
				"""
						update article_import set fields = jsonb_set(fields, '{figures}', fields->'figures' || jsonb_build_array(
						  jsonb_build_object('label', '旧的数据', 'value', '5', 'unit', '个', 'category', 'count', 'quote', '旧的引文',
						                     'sourceLine', 5))) where article_id = :a""")
			.param("a", first)
			.update();
		// a link the older pipeline made and the current one does not, and one it missed
		long old = jdbc
			.sql("insert into program (name, status, city_code) values ('旧的议事平台', 'DRAFT', '3306') returning id")
			.query(Long.class)
			.single();
		sql("insert into article_program (article_id, program_id) values (:id, " + old + ")", first);
		List<Long> linked = jdbc
			.sql("select program_id from article_program where article_id = :a and program_id <> :o")
			.param("a", first)
			.param("o", old)
			.query(Long.class)
			.list();
		assertThat(linked).as("the pipeline links the first article to a program").isNotEmpty();
		String missedProgram = jdbc.sql("select name from program where id = :id")
			.param("id", linked.get(0))
			.query(String.class)
			.single();
		sql("delete from article_program where article_id = :id and program_id = " + linked.get(0), first);
		jdbc.sql(
				"update article_import set fields = fields || jsonb_build_object('programs', jsonb_build_array('旧的议事平台')) where article_id = :a")
			.param("a", first)
			.update();
		// the second article missed altogether; two phantom articles of a blank line, one
		// edited since
		long second = editor.articles(page).get(1);
		sql("delete from article where id = :id", second);
		long phantom = phantom(9, "版面上的空行", "版面上的空行");
		long edited = phantom(10, "编辑改过的空行", "空行");

		String shown = body(editor.get("/admin/pages/{id}/reimport", page));
		Map<String, Boolean> ticked = ticked(shown);
		assertThat(shown).contains("新增数据", "修改数据", "删除数据", "关联项目", "取消关联项目", missedProgram, "旧的议事平台", SECOND,
				"删除“版面上的空行”", "“编辑改过的空行”有编辑的修改，保留");
		assertThat(shown).as("the figure edited by hand where nothing new is read").doesNotContain(label(2) + ": 8 ");
		assertThat(shown).contains(label(3) + ": 9 ");
		assertThat(body(editor.getInEnglish("/admin/pages/{id}/reimport", page))).contains("New figure",
				"Change figure", "Remove figure", "Link program", "Unlink program", "Remove &quot;版面上的空行&quot;",
				"&quot;编辑改过的空行&quot; has changes made by editors and is kept");
		String removal = "REMOVE:" + phantom + ":0";
		assertThat(ticked).as("a removal waits for the editor's tick")
			.containsEntry(removal, false)
			.doesNotContainKey("REMOVE:" + edited + ":0");
		assertThat(ticked.values().stream().filter(t -> !t).count()).as("the conflict and the removal are unticked")
			.isEqualTo(2);

		List<String> take = new java.util.ArrayList<>(
				ticked.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
		take.add(removal);
		MvcResult done = editor.post("/admin/pages/" + page + "/reimport",
				Map.of("take", take, "seen", List.of(first + ":" + editor.version("article", first)), "pageVersion",
						editor.version("source_page", page)));
		assertThat(body(editor.follow(done))).contains("重新导入完成：采用了 " + take.size() + " 项改动。");

		Map<String, BigDecimal> now = new LinkedHashMap<>();
		jdbc.sql("select label, quote, value from metric where article_id = :a").param("a", first).query(rs -> {
			now.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3));
		});
		assertThat(now).containsKey(key(0)).doesNotContainKey("旧的数据|旧的引文").hasSize(figures.size());
		assertThat(now.get(key(1))).isEqualByComparingTo(value(1));
		assertThat(now.get(key(2))).as("the hand edit stays").isEqualByComparingTo("8");
		assertThat(now.get(key(3))).as("the conflict was not taken").isEqualByComparingTo("9");
		assertThat(jdbc.sql("select program_id from review_article_program where article_id = :a")
			.param("a", first)
			.query(Long.class)
			.list()).contains(linked.get(0)).doesNotContain(old);
		assertThat(jdbc.sql("select count(*) from program where id = :id").param("id", old).query(Long.class).single())
			.as("unlinking never deletes a program")
			.isEqualTo(1);
		assertThat(
				jdbc.sql("select count(*) from article where id = :id").param("id", phantom).query(Long.class).single())
			.isZero();
		assertThat(
				jdbc.sql("select count(*) from article where id = :id").param("id", edited).query(Long.class).single())
			.isOne();
		Map<String, Object> added = jdbc.sql("""
				select a.status, (select count(*) from metric m where m.article_id = a.id) as figures,
				       exists (select 1 from article_review r where r.article_id = a.id) as decided
				  from article a where a.source_page_id = :p and a.headline = :h""")
			.param("p", page)
			.param("h", SECOND)
			.query()
			.singleRow();
		assertThat(added).containsEntry("status", "DRAFT").containsEntry("decided", false);
		assertThat((Long) added.get("figures")).isPositive();
		assertThat(ticked(body(editor.get("/admin/pages/{id}/reimport", page)))).as("nothing is offered twice")
			.isEmpty();
	}

	private long phantom(int position, String headline, String baseHeadline) {
		long id = jdbc.sql("""
				insert into article (source_page_id, position, headline, body, source_lines, status)
				values (:p, :n, :h, '', '{2}', 'DRAFT') returning id""")
			.param("p", page)
			.param("n", position)
			.param("h", headline)
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						insert into article_import (article_id, fields) values (:a, jsonb_build_object('headline', :h::text,
						  'subhead', null, 'bylines', '[]'::jsonb, 'body', '', 'captions', '[]'::jsonb, 'cityCode', null,
						  'districtCode', null, 'townshipCodes', '[]'::jsonb, 'figures', '[]'::jsonb, 'programs', '[]'::jsonb))""")
			.param("a", id)
			.param("h", baseHeadline)
			.update();
		return id;
	}

	/**
	 * Rewrites the first article's recorded figures: each one {@code where} holds becomes
	 * {@code to} (SQL over {@code f}).
	 */
	private void baseFigures(String where, String to) {
		jdbc.sql(
				"""
						update article_import set fields = jsonb_set(fields, '{figures}', (select coalesce(jsonb_agg(x order by n), '[]')
						  from (select case when %s then %s else f end as x, n
						          from jsonb_array_elements(fields->'figures') with ordinality e(f, n)) r where x is not null))
						 where article_id = :a"""
					.formatted(where, to))
			.param("a", first)
			.update();
	}

	private void sql(String sql, long id) {
		jdbc.sql(sql).param("id", id).update();
	}

	private long id(int i) {
		return ((Number) figures.get(i).get("id")).longValue();
	}

	private String key(int i) {
		return label(i) + "|" + quote(i);
	}

	private String label(int i) {
		return (String) figures.get(i).get("label");
	}

	private String quote(int i) {
		return (String) figures.get(i).get("quote");
	}

	private BigDecimal value(int i) {
		return (BigDecimal) figures.get(i).get("value");
	}

	private static Map<String, Boolean> ticked(String html) {
		Map<String, Boolean> ticked = new LinkedHashMap<>();
		Matcher matcher = TAKE.matcher(html);
		while (matcher.find()) {
			ticked.put(matcher.group(1), matcher.group(2) != null);
		}
		return ticked;
	}

}
