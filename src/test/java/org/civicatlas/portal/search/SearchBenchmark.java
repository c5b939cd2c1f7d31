package org.civicatlas.portal.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.civicatlas.CivicAtlasApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: a measurement of search on a corpus 1,000 times the seeds, in a throw-away
 * embedded PostgreSQL. It starts the portal, copies every seeded article and program 999
 * times (54,000 articles, 119,000 programs), then times the three statements of a results
 * page and the whole page over HTTP, and prints the plans. Figures go to docs/search.md.
 * Run it with
 *
 * <pre>
 * mvn -q -o test-compile spring-boot:test-run -Dspring-boot.run.main-class=org.civicatlas.portal.search.SearchBenchmark
 * </pre>
 */
public final class SearchBenchmark {

	static final int COPIES = 1000;

	static final int WARM_UP = 5;

	static final int RUNS = 40;

	/** The words of the brief, a miss, and a single character (the prefix fallback). */
	static final List<String> QUERIES = List.of("乡贤", "网格", "调解", "共富工坊", "北海街道", "爱心卡", "量子纠缠", "贤");

	private final JdbcClient jdbc;

	private final SearchReader repository;

	private final String baseUrl;

	private final HttpClient http = HttpClient.newHttpClient();

	private SearchBenchmark(ConfigurableApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.repository = context.getBean(SearchReader.class);
		this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	public static void main(String[] args) throws Exception {
		// command-line arguments, so that they win over application.properties (a
		// persistent ./data)
		String[] settings = { "--atlas.data-dir=temporary", "--server.port=0", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off" };
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CivicAtlasApplication.class)
			.run(Stream.concat(Stream.of(settings), Stream.of(args)).toArray(String[]::new));
		try {
			new SearchBenchmark(context).run();
		}
		finally {
			context.close();
		}
	}

	private void run() throws Exception {
		grow();
		System.out.println();
		System.out
			.println("| query | places | programs | articles | SQL p50 ms | SQL p95 ms | page p50 ms | page p95 ms |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (String text : QUERIES) {
			measure(SearchQuery.parse(text));
		}
		explain(SearchReader.ARTICLES, "乡贤");
		explain(SearchReader.ARTICLES, "共富工坊");
		explain(SearchReader.PROGRAMS, "网格");
		explain(SearchReader.PLACES, "北海街道");
		System.out.println("Load average at the end (the machine may be shared): " + loadAverage());
	}

	/** Copies the seeded articles and programs until there are COPIES times as many. */
	private void grow() throws IOException {
		System.out.println("Load average at the start: " + loadAverage());
		long started = System.nanoTime();
		int articles = jdbc.sql("""
				insert into article (source_page_id, position, headline, subhead, bylines, body, captions, source_lines,
				                     incomplete, status, city_code, district_code)
				select source_page_id, position + 1000 * copy, headline, subhead, bylines, body, captions, source_lines,
				       incomplete, status, city_code, district_code
				  from article cross join generate_series(1, :copies - 1) as copy
				""").param("copies", COPIES).update();
		int programs = jdbc
			.sql("""
					insert into program (name, aliases, description, status, city_code, district_code, township_code, village_name)
					select name, aliases, description, status, city_code, district_code, township_code, village_name
					  from program cross join generate_series(1, :copies - 1) as copy
					""")
			.param("copies", COPIES)
			.update();
		jdbc.sql("vacuum analyze article").update();
		jdbc.sql("vacuum analyze program").update();
		System.out.printf(Locale.ROOT,
				"Copied %,d articles and %,d programs in %.1f s; now %,d articles, %,d programs%n", articles, programs,
				(System.nanoTime() - started) / 1e9, count("article"), count("program"));
		System.out.println(jdbc.sql("""
				select 'article table ' || pg_size_pretty(pg_total_relation_size('article'))
				       || ', article_search_idx ' || pg_size_pretty(pg_relation_size('article_search_idx'))
				       || ', program_search_idx ' || pg_size_pretty(pg_relation_size('program_search_idx'))
				""").query(String.class).single());
	}

	private void measure(SearchQuery query) throws Exception {
		List<Long> sql = new ArrayList<>();
		List<Long> page = new ArrayList<>();
		long[] totals = new long[3];
		URI uri = URI.create(baseUrl + "/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
		for (int run = 0; run < WARM_UP + RUNS; run++) {
			long started = System.nanoTime();
			totals[0] = repository.places(query, 1, SearchService.OVERVIEW_SIZE).total();
			totals[1] = repository.programs(query, 1, SearchService.OVERVIEW_SIZE).total();
			totals[2] = repository.articles(query, 1, SearchService.OVERVIEW_SIZE).total();
			long between = System.nanoTime();
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.ofString());
			long ended = System.nanoTime();
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode());
			}
			if (run >= WARM_UP) {
				sql.add(between - started);
				page.add(ended - between);
			}
		}
		System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %.1f | %.1f | %.1f | %.1f |%n", query.text(),
				totals[0], totals[1], totals[2], percentile(sql, 50), percentile(sql, 95), percentile(page, 50),
				percentile(page, 95));
	}

	private void explain(String statement, String text) {
		SearchQuery query = SearchQuery.parse(text);
		System.out.println();
		System.out.println("EXPLAIN (ANALYZE, BUFFERS) for " + text + ":");
		jdbc.sql("explain (analyze, buffers) " + statement)
			.param("query", query.tsquery())
			.param("text", query.text())
			.param("limit", SearchService.OVERVIEW_SIZE)
			.param("offset", 0)
			.param("cap", SearchReader.CAP)
			.query(String.class)
			.list()
			.forEach(line -> System.out.println("    " + line));
	}

	// other processes on the machine skew the figures; say how busy it was
	private static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.isReadable(loadavg) ? Files.readString(loadavg).strip() : "unknown";
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static double percentile(List<Long> nanos, int percent) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
