package org.civicatlas.opendata;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /open-data}: every file with the number of records its download holds, and a
 * codebook true to it.
 */
@PortalTest
class OpenDataPageTests {

	@Autowired
	Http http;

	@Autowired
	StatementCounter statements;

	@Autowired
	ObjectMapper json;

	@Test
	void listsEveryFileWithTheCountOfItsDownload() throws Exception {
		statements.reset();
		HttpResponse<String> response = http.get("/open-data");
		// the data version and the counts
		assertThat(statements.count()).isLessThanOrEqualTo(2);
		assertThat(response.statusCode()).isEqualTo(200);
		String page = response.body();
		long articles = size("/open-data/articles.json", "articles");
		long programs = size("/open-data/programs.json", "programs");
		long metrics = size("/open-data/metrics.json", "metrics");
		assertThat(http.get("/open-data/programs.csv").body().lines().count() - 1).isEqualTo(programs);
		assertThat(row(page, "articles-json")).contains("href=\"/open-data/articles.json\"")
			.contains(articles + " 篇报道");
		assertThat(row(page, "programs-json")).contains("href=\"/open-data/programs.json\"")
			.contains(programs + " 个项目");
		assertThat(row(page, "metrics-json")).contains("href=\"/open-data/metrics.json\"").contains(metrics + " 个数字");
		assertThat(row(page, "programs-csv")).contains("href=\"/open-data/programs.csv\"").contains(programs + " 个项目");
		assertThat(row(page, "metrics-csv")).contains("href=\"/open-data/metrics.csv\"").contains(metrics + " 个数字");
		JsonNode places = json.readTree(http.get("/open-data/places.json").body());
		assertThat(row(page, "places-json")).contains("href=\"/open-data/places.json\"")
			.contains(places.get("cities").size() + " 个设区市")
			.contains(places.get("districts").size() + " 个县（市、区）")
			.contains(String.format("%,d", places.get("townships").size()) + " 个乡镇（街道）");
	}

	@Test
	void theCodebookNamesEveryFieldTheDownloadsWrite() throws Exception {
		String page = http.get("/open-data").body();
		Map<String, JsonNode> firstRecords = Map.of("articles-json", first("/open-data/articles.json", "articles"),
				"programs-json", first("/open-data/programs.json", "programs"), "metrics-json",
				first("/open-data/metrics.json", "metrics"));
		firstRecords.forEach((file, record) -> {
			String codebook = codebook(page, file);
			assertThat(fieldNames(record))
				.allSatisfy(field -> assertThat(codebook).contains("<code>" + field + "</code>"));
		});
		JsonNode places = json.readTree(http.get("/open-data/places.json").body());
		String placesCodebook = codebook(page, "places-json");
		places.propertyNames().forEach(list -> assertThat(placesCodebook).contains("<code>" + list + "</code>"));
		fieldNames(places.get("townships").get(0))
			.forEach(field -> assertThat(placesCodebook).contains("<code>" + field + "</code>"));
		for (String csv : List.of("programs", "metrics")) {
			// the byte-order mark for Excel (docs/open-data.md) precedes the header
			String header = http.get("/open-data/" + csv + ".csv")
				.body()
				.lines()
				.findFirst()
				.orElseThrow()
				.substring(1);
			String codebook = codebook(page, csv + "-csv");
			for (String column : header.split(",")) {
				assertThat(codebook).contains("<code>" + column + "</code>");
			}
			assertThat(codebook).contains(header);
		}
	}

	@Test
	void everyFieldHasATypeAMeaningAndAnExampleInEnglishToo() {
		String page = http.get("/open-data?lang=en").body();
		assertThat(page).contains("<html lang=\"en\"")
			.contains("Fields of articles.json")
			.contains("The official statistical division code")
			.contains("list of objects {id, name}")
			.contains("<code class=\"text-break\" lang=\"zh-CN\">[&quot;孙良&quot;, &quot;孙健&quot;]</code>")
			.doesNotContain("??opendata");
		assertThat(http.get("/open-data").body()).doesNotContain("??opendata").contains("布尔值（true 或 false）");
	}

	private long size(String path, String list) throws Exception {
		return json.readTree(http.get(path).body()).get(list).size();
	}

	private JsonNode first(String path, String list) throws Exception {
		return json.readTree(http.get(path).body()).get(list).get(0);
	}

	// object fields as the codebook names them: source.file, not source
	private static List<String> fieldNames(JsonNode record) {
		List<String> names = new ArrayList<>();
		record.properties().forEach(field -> {
			if (field.getValue().isObject()) {
				field.getValue().propertyNames().forEach(inner -> names.add(field.getKey() + "." + inner));
			}
			else {
				names.add(field.getKey());
			}
		});
		return names;
	}

	private static String row(String page, String file) {
		int start = page.indexOf("id=\"file-" + file + "\"");
		assertThat(start).as(file).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static String codebook(String page, String file) {
		int start = page.indexOf("id=\"codebook-" + file + "\"");
		assertThat(start).as(file).isPositive();
		int end = page.indexOf("<h2", start);
		return page.substring(start, end < 0 ? page.length() : end);
	}

}
