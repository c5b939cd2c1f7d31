package org.civicatlas.portal.programs;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program's page over HTTP: its facts, figures in words, articles, related programs,
 * redirects and 404s.
 */
@PortalTest
class ProgramPageTests {

	/**
	 * The data version, the program, the taxonomy, its figures, its articles, its related
	 * programs.
	 */
	private static final int STATEMENTS = 6;

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	/**
	 * Programs a test inserted; removed after each test so the shared database stays as
	 * seeded.
	 */
	private final List<Long> created = new ArrayList<>();

	@AfterEach
	void removeCreatedPrograms() {
		// the newest first: a merged program references the one it was merged into
		for (int i = created.size() - 1; i >= 0; i--) {
			Long id = created.get(i);
			jdbc.sql("delete from program where id = :id").param("id", id).update();
		}
		created.clear();
	}

	@Test
	void showsNameAliasesTypesPlaceAndDescription() {
		long id = programWith("cardinality(p.aliases) > 0 and p.township_code is not null and (select count(*) "
				+ "from program_subtype_link l where l.program_id = p.id) > 1");
		Map<String, Object> row = jdbc.sql("""
				select p.name, p.aliases[1] as alias, p.description, p.city_code, p.district_code, p.township_code,
				       c.name as city, d.name as district, t.name as township, t.name_en as township_en,
				       (select s.name_zh from program_subtype_link l join program_subtype s on s.key = l.subtype_key
				         where l.program_id = p.id and l.position = 0) as primary_subtype,
				       (select s.name_zh from program_subtype_link l join program_subtype s on s.key = l.subtype_key
				         where l.program_id = p.id and l.position = 1) as secondary_subtype
				  from program p join city c on c.code = p.city_code join district d on d.code = p.district_code
				  join township t on t.code = p.township_code where p.id = :id""").param("id", id).query().singleRow();
		HttpResponse<String> response = http.get("/programs/" + id);
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		// the name is marked Chinese, so that English pages can show its pinyin beside it
		assertThat(body).contains("<h1 class=\"h3\"><span lang=\"zh-CN\">" + html(row.get("name")) + "</span></h1>")
			.contains("<title>" + html(row.get("name")) + " · ")
			.contains(html(row.get("alias")))
			.contains(html(row.get("description")))
			.containsPattern("<a href=\"/places\">浙江省</a>")
			.contains("<a href=\"/places/" + row.get("city_code") + "\">" + row.get("city") + "</a>")
			.contains("<a href=\"/places/" + row.get("district_code") + "\">" + row.get("district") + "</a>")
			.contains("<a href=\"/places/" + row.get("township_code") + "\">" + row.get("township") + "</a>")
			.containsPattern("text-bg-success\">[^<]* › " + row.get("primary_subtype") + "</span>\\s*"
					+ "<span class=\"small text-body-secondary\">\\(主要类别\\)</span>")
			.containsPattern("text-bg-light border\">[^<]* › " + row.get("secondary_subtype") + "</span>");
		assertThat(http.get("/programs/" + id + "?lang=en").body()).contains("<html lang=\"en\"")
			.contains(">" + row.get("township_en") + "</a>")
			.contains("(primary)");
	}

	@Test
	void figuresAreInWordsInBothLanguagesWithTheirQuoteAndSentenceLink() {
		Map<String, Object> metric = jdbc.sql("""
				select m.id, m.article_id, m.program_id, m.label, m.quote from metric m
				  join article a on a.id = m.article_id join program p on p.id = m.program_id
				 where m.value = 2050000 and m.unit = '元' and m.approx is null and a.status = 'PUBLISHED'
				   and p.status = 'PUBLISHED' limit 1""").query().singleRow();
		String path = "/programs/" + metric.get("program_id");
		assertThat(http.get(path).body()).contains(">205万元</span>")
			.contains(html(metric.get("label")))
			.contains(html(metric.get("quote")))
			.contains("href=\"/articles/" + metric.get("article_id") + "#m" + metric.get("id") + "\"");
		assertThat(http.get(path + "?lang=en").body()).contains(">2.05 million yuan</span>");
		long shown = countMatches(http.get(path).body(), "查看原文句子");
		assertThat(shown).isEqualTo(jdbc.sql("""
				select count(*) from metric m join article a on a.id = m.article_id
				 where m.program_id = :id and a.status = 'PUBLISHED'""")
			.param("id", metric.get("program_id"))
			.query(Long.class)
			.single());
	}

	@Test
	void qualifiedFiguresReadAsTheNewspaperWroteThem() {
		Map<String, Object> metric = jdbc.sql("""
				select m.program_id from metric m
				  join article a on a.id = m.article_id join program p on p.id = m.program_id
				 where m.value = 50000 and m.unit = '元' and m.approx = 'more_than' and a.status = 'PUBLISHED'
				   and p.status = 'PUBLISHED' limit 1""").query().listOfRows().stream().findFirst().orElse(null);
		if (metric != null) {
			String path = "/programs/" + metric.get("program_id");
			assertThat(http.get(path).body()).contains(">5万余元</span>");
			assertThat(http.get(path + "?lang=en").body()).contains(">more than 50,000 yuan</span>");
		}
		long programWithout = programWith("not exists (select 1 from metric m where m.program_id = p.id)");
		assertThat(http.get("/programs/" + programWithout).body()).contains("报道中没有关于这个项目的数据");
	}

	@Test
	void listsItsArticlesAndRelatedPrograms() {
		long id = programWith("p.district_code is not null");
		String body = http.get("/programs/" + id).body();
		List<Map<String, Object>> articles = jdbc.sql("""
				select a.id, a.headline from article_program ap join article a on a.id = ap.article_id
				 where ap.program_id = :id and a.status = 'PUBLISHED'""").param("id", id).query().listOfRows();
		assertThat(articles).isNotEmpty();
		articles.forEach(article -> assertThat(body)
			.contains("<a href=\"/articles/" + article.get("id") + "\">" + html(article.get("headline")) + "</a>"));
		String related = body.substring(body.indexOf("id=\"program-related\""));
		List<Long> relatedIds = new ArrayList<>();
		Matcher matcher = Pattern.compile("<a href=\"/programs/(\\d+)\">").matcher(related);
		while (matcher.find()) {
			relatedIds.add(Long.parseLong(matcher.group(1)));
		}
		assertThat(relatedIds).isNotEmpty().hasSizeLessThanOrEqualTo(ProgramPageReader.RELATED).doesNotContain(id);
		long unrelated = jdbc.sql("""
				select count(*) from program r where r.id in (:ids) and r.status = 'PUBLISHED' and r.merged_into is null
				   and r.district_code is distinct from (select district_code from program where id = :id)
				   and not exists (select 1 from program_subtype_link a
				                     join program_subtype_link b on a.subtype_key = b.subtype_key
				                    where a.program_id = :id and b.program_id = r.id)""")
			.param("ids", relatedIds)
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(unrelated).isZero();
	}

	@Test
	void aMergedProgramRedirectsPermanentlyToTheSurvivor() {
		long survivor = programWith("true");
		long merged = insert("合并前的名称", "PUBLISHED", survivor);
		long mergedTwice = insert("更早的名称", "HIDDEN", merged);
		for (long old : List.of(merged, mergedTwice)) {
			HttpResponse<String> response = http.get("/programs/" + old);
			assertThat(response.statusCode()).isEqualTo(301);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/programs/" + survivor));
		}
		// a merged program is not found by the finder either
		assertThat(http.get("/programs?q=" + URLEncoder.encode("合并前的名称", StandardCharsets.UTF_8)).body())
			.contains("data-total=\"0\"");
	}

	@Test
	void mergesInACircleAreNotFound() {
		long first = insert("甲", "PUBLISHED", null);
		long second = insert("乙", "PUBLISHED", first);
		jdbc.sql("update program set merged_into = :second where id = :first")
			.param("second", second)
			.param("first", first)
			.update();
		try {
			assertThat(http.get("/programs/" + first).statusCode()).isEqualTo(404);
		}
		finally {
			jdbc.sql("update program set merged_into = null where id = :first").param("first", first).update();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "DRAFT", "HIDDEN" })
	void draftsAndHiddenProgramsAreNotFound(String status) {
		long id = insert("未发布的项目", status, null);
		HttpResponse<String> response = http.get("/programs/" + id);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("找不到页面").doesNotContain("未发布的项目");
	}

	@Test
	void unknownIdsAre404AndNonNumericIds400() {
		long unknown = jdbc.sql("select coalesce(max(id), 0) + 1000 from program").query(Long.class).single();
		assertThat(http.get("/programs/" + unknown).statusCode()).isEqualTo(404);
		assertThat(http.get("/programs/-1").statusCode()).isEqualTo(404);
		HttpResponse<String> bad = http.get("/programs/abc");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("请求有误").doesNotContain("Exception");
		assertThat(http.get("/programs/99999999999999999999").statusCode()).isEqualTo(400);
	}

	@Test
	void namesPeopleTypedAreEscaped() {
		long id = insert("<script>alert(1)</script>", "PUBLISHED", null);
		String body = http.get("/programs/" + id).body();
		assertThat(body).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void aFixedNumberOfStatements() {
		List<Long> ids = jdbc.sql("select id from program where status = 'PUBLISHED' order by id limit 5")
			.query(Long.class)
			.list();
		for (long id : ids) {
			statements.reset();
			assertThat(http.get("/programs/" + id).statusCode()).isEqualTo(200);
			assertThat(statements.count()).as("program %d", id).isEqualTo(STATEMENTS);
		}
		long merged = insert("合并前", "PUBLISHED", programWith("true"));
		statements.reset();
		assertThat(http.get("/programs/" + merged).statusCode()).isEqualTo(301);
		// the data version and the program
		assertThat(statements.count()).isEqualTo(2);
	}

	// ------------------------------------------------------------------ helpers

	private long programWith(String condition) {
		return jdbc
			.sql("select p.id from program p where p.status = 'PUBLISHED' and p.merged_into is null and " + condition
					+ " and exists (select 1 from article_program ap where ap.program_id = p.id)"
					+ " order by p.id limit 1")
			.query(Long.class)
			.single();
	}

	private long insert(String name, String status, Long mergedInto) {
		long id = jdbc.sql("""
				insert into program (name, status, merged_into) values (:name, :status, :merged) returning id""")
			.param("name", name)
			.param("status", status)
			.param("merged", mergedInto, Types.BIGINT)
			.query(Long.class)
			.single();
		created.add(id);
		return id;
	}

	/** Text as Thymeleaf writes it: only the markup characters escaped. */
	private static String html(Object text) {
		return String.valueOf(text)
			.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private static long countMatches(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1L;
	}

}
