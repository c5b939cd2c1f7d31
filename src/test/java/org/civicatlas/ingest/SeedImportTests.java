package org.civicatlas.ingest;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database Flyway seeded from {@code seeds/}, read back through SQL and the open-data
 * downloads.
 */
@PortalTest
class SeedImportTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	@Autowired
	ObjectMapper json;

	@Test
	void everyPageIsStoredAsItCameWithItsChecksum() throws Exception {
		List<Map<String, Object>> pages = jdbc
			.sql("select file_name, sha256, raw_text, line_count, status from source_page order by file_name")
			.query()
			.listOfRows();
		assertThat(pages).extracting(p -> p.get("file_name")).containsExactlyElementsOf(SeedPages.files());
		for (Map<String, Object> page : pages) {
			byte[] bytes = Files.readAllBytes(Path.of("seeds", (String) page.get("file_name")));
			assertThat(page.get("sha256"))
				.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
			assertThat(page.get("raw_text")).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
			assertThat(page.get("status")).isEqualTo("SEED");
		}
	}

	@Test
	void articlesProgramsAndMetricsArePublished() {
		assertThat(count("select count(*) from article where status = 'PUBLISHED'")).isEqualTo(54);
		assertThat(count("select count(*) from program where status = 'PUBLISHED'")).isGreaterThan(80);
		assertThat(count("select count(*) from metric")).isGreaterThan(200);
		assertThat(count(
				"select count(*) from program p where not exists (select 1 from program_subtype_link l where l.program_id = p.id)"))
			.as("programs without a subtype")
			.isZero();
		assertThat(count(
				"select count(*) from program p where not exists (select 1 from article_program ap where ap.program_id = p.id)"))
			.as("programs no article describes")
			.isZero();
	}

	@Test
	void everyFigureLeadsBackToItsSentence() {
		List<Map<String, Object>> rows = jdbc.sql("""
				select m.quote, m.source_line, a.body, a.source_lines, p.raw_text
				  from metric m join article a on a.id = m.article_id join source_page p on p.id = a.source_page_id""")
			.query()
			.listOfRows();
		for (Map<String, Object> row : rows) {
			String quote = (String) row.get("quote");
			assertThat((String) row.get("body")).as("body holds the quote").contains(quote);
			int line = (Integer) row.get("source_line");
			String[] raw = ((String) row.get("raw_text")).split("\n", -1);
			String printed = raw[line - 1].replaceAll("\\s", "");
			String compact = quote.replaceAll("\\s", "");
			// a quote may run over several printed lines; the line of its figure holds
			// part of it
			assertThat(printed.contains(compact) || sharesRun(printed, compact)).as("line %d holds %s", line, quote)
				.isTrue();
		}
	}

	private static boolean sharesRun(String line, String quote) {
		int run = Math.min(6, line.length());
		for (int i = 0; i + run <= line.length(); i++) {
			if (quote.contains(line.substring(i, i + run))) {
				return true;
			}
		}
		return false;
	}

	@Test
	void articlesDownloadFollowsTheContract() throws Exception {
		JsonNode articles = json.readTree(http.get("/open-data/articles.json").body()).get("articles");
		assertThat(articles.size()).isEqualTo(54);
		JsonNode beihai = find(articles, "headline", "乡贤参与基层治理 构筑居民幸福共同体");
		assertThat(beihai.get("bylines").toString()).isEqualTo("[\"孙良\",\"孙健\"]");
		assertThat(beihai.get("source").get("file").asString()).isEqualTo("000_db0d4880a1cbbe3b.txt");
		assertThat(beihai.get("source").get("lines").get(0).asInt()).isEqualTo(61);
		assertThat(beihai.get("city").asString()).isEqualTo("绍兴市");
		assertThat(beihai.get("district").asString()).isEqualTo("越城区");
		assertThat(beihai.get("townships").toString()).contains("北海街道");
		assertThat(beihai.get("captions").get(0).asString()).contains("乡贤助力");
		assertThat(beihai.get("body").asString()).contains("\n\n").doesNotContain("乡贤助力,共创幸福生活");
		assertThat(beihai.get("incomplete").isBoolean()).isTrue();
		assertThat(beihai.get("types").size()).isPositive();
		assertThat(beihai.get("programs").get(0).has("id")).isTrue();
		for (String field : List.of("id", "headline", "subhead", "bylines", "source", "incomplete", "city", "district",
				"townships", "villages", "types", "programs", "body", "captions")) {
			assertThat(beihai.has(field)).as(field).isTrue();
		}
	}

	@Test
	void metricsDownloadNormalisesValues() throws Exception {
		JsonNode metrics = json.readTree(http.get("/open-data/metrics.json").body()).get("metrics");
		JsonNode fund = null;
		for (JsonNode metric : metrics) {
			if (metric.get("quote").asString().contains("5万余元")) {
				fund = metric;
			}
		}
		assertThat(fund).isNotNull();
		assertThat(fund.get("value").asString()).isEqualTo("50000");
		assertThat(fund.get("unit").asString()).isEqualTo("元");
		assertThat(fund.get("approx").asString()).isEqualTo("more_than");
		assertThat(fund.get("category").asString()).isEqualTo("money");
		assertThat(fund.get("source").get("line").asInt()).isEqualTo(65);
		assertThat(fund.get("source").get("file").asString()).isEqualTo("000_db0d4880a1cbbe3b.txt");
	}

	@Test
	void programsDownloadListsTypesDerivedFromSubtypes() throws Exception {
		JsonNode programs = json.readTree(http.get("/open-data/programs.json").body()).get("programs");
		JsonNode fund = find(programs, "name", "钟堰慈孝基金");
		assertThat(fund.get("subtypes").size()).isPositive();
		assertThat(fund.get("types").size()).isPositive();
		assertThat(fund.get("district").asString()).isEqualTo("越城区");
		assertThat(fund.get("articleIds").size()).isPositive();
	}

	@Test
	void csvDownloadsCarryTheSameRows() throws Exception {
		HttpResponse<String> csv = http.get("/open-data/metrics.csv");
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader(csv.body()))
			.getRecords();
		assertThat(records).hasSize((int) count("select count(*) from metric"));
		assertThat(records.get(0).isMapped("source.line")).isTrue();
		List<CSVRecord> programs = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader(http.get("/open-data/programs.csv").body()))
			.getRecords();
		assertThat(programs)
			.hasSize((int) count("select count(*) from program where status = 'PUBLISHED' and merged_into is null"));
		assertThat(programs.get(0).get("subtypes")).isNotBlank();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError(value + " not found");
	}

}
