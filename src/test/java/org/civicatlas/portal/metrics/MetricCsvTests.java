package org.civicatlas.portal.metrics;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /metrics.csv}: the filtered view in the columns of
 * {@code /open-data/metrics.csv}.
 */
@PortalTest
class MetricCsvTests {

	@Autowired
	Http http;

	@Autowired
	StatementCounter statements;

	@Test
	void withoutFiltersItIsTheOpenDataDownload() {
		HttpResponse<String> filtered = http.get("/metrics.csv");
		assertThat(filtered.statusCode()).isEqualTo(200);
		assertThat(filtered.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(filtered.body()).isEqualTo(http.get("/open-data/metrics.csv").body());
	}

	@Test
	void aFilteredViewHasTheHeaderAndOnlyItsRows() {
		List<CSVRecord> open = records(http.get("/open-data/metrics.csv").body());
		String body = http.get("/metrics.csv?category=money&place=3301").body();
		List<String> ids = new ArrayList<>();
		assertThat(body.lines().findFirst()).hasValue("\uFEFF" + String.join(",", MetricCsv.HEADER));
		List<CSVRecord> rows = records(body);
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get("category")).isEqualTo("money"));
		assertThat(rows.size()).isLessThan(open.size());
		for (CSVRecord row : rows) {
			ids.add(row.get("id"));
			CSVRecord same = open.stream().filter(r -> r.get("id").equals(row.get("id"))).findFirst().orElseThrow();
			assertThat(row.toList()).isEqualTo(same.toList());
		}
		String page = http.get("/metrics?category=money&place=3301").body();
		ids.forEach(id -> assertThat(page).contains("<tr id=\"figure-" + id + "\">"));
		assertThat(page.split("<tr id=\"figure-").length - 1).isEqualTo(ids.size());
	}

	@Test
	void theUnitFilterKeepsOnlyThatUnit() {
		List<CSVRecord> rows = records(http.get("/metrics.csv?unit=" + MetricPagesTests.encode("人次")).body());
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get("unit")).isEqualTo("人次"));
	}

	@Test
	void theDownloadRunsAFixedNumberOfStatements() {
		statements.reset();
		http.get("/metrics.csv?type=social_welfare&place=3306");
		// one more for the data version (the ETag), read before every public page
		assertThat(statements.count()).isLessThanOrEqualTo(5);
	}

	@Test
	void everyCsvStartsWithAByteOrderMarkForExcel() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		for (String path : List.of("/metrics.csv", "/metrics.csv?category=money", "/open-data/metrics.csv",
				"/open-data/programs.csv")) {
			byte[] body = client
				.send(java.net.http.HttpRequest.newBuilder(http.uri(path)).build(),
						java.net.http.HttpResponse.BodyHandlers.ofByteArray())
				.body();
			assertThat(java.util.Arrays.copyOf(body, 4)).as(path)
				.containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'i');
		}
	}

	/**
	 * Parsed as a reader told the encoding parses it: the byte-order mark is not part of
	 * the first column's name.
	 */
	private static List<CSVRecord> records(String csv) {
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
