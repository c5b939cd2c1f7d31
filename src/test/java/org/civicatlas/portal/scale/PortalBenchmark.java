package org.civicatlas.portal.scale;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.civicatlas.CivicAtlasApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: measures every public page as CPU milliseconds per request (this JVM plus
 * its PostgreSQL backends, read from /proc around a {@code wrk -c4} run by
 * {@code /work/shared/tools/cpu-per-request.sh} or {@code $CPU_PER_REQUEST}) and p50/p99
 * latency at 4 concurrent requests, after a minute of warm-up, then 16 concurrent
 * requests to the heaviest page. It grows the database first if it holds only the seeds
 * ({@link ScaleGenerator}), and writes the table between the benchmark markers of
 * {@code docs/performance.md}, with the machine's load. Needs {@code wrk} and {@code bc}.
 * Run it with
 *
 * <pre>
 * mvn -q -o test-compile spring-boot:test-run -Dspring-boot.test-run.optimizedLaunch=false \
 *     -Dspring-boot.run.main-class=org.civicatlas.portal.scale.PortalBenchmark \
 *     -Dspring-boot.run.arguments="--atlas.data-dir=target/scale-1000 --scale.times=1000"
 * </pre>
 */
public final class PortalBenchmark {

	static final Path REPORT = Path.of("docs/performance.md");

	private final String start;

	private final String end;

	private final JdbcClient jdbc;

	private final String baseUrl;

	private final Path pgData;

	private final String tool;

	private PortalBenchmark(ConfigurableApplicationContext context, Path pgData) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		this.pgData = pgData;
		this.tool = System.getenv().getOrDefault("CPU_PER_REQUEST", "/work/shared/tools/cpu-per-request.sh");
		// --benchmark.section=uncached (with --atlas.public-cache.enabled=false) writes
		// between its own markers
		String section = context.getEnvironment().getProperty("benchmark.section", "");
		String name = section.isEmpty() ? "benchmark" : "benchmark:" + section;
		this.start = "<!-- " + name + ":start -->";
		this.end = "<!-- " + name + ":end -->";
	}

	public static void main(String[] args) throws Exception {
		String[] settings = { "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off" };
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CivicAtlasApplication.class)
			.run(Stream.concat(Stream.of(settings), Stream.of(args)).toArray(String[]::new));
		try {
			int times = context.getEnvironment().getProperty("scale.times", Integer.class, 1000);
			new ScaleGenerator(context).grow(times);
			Path pgData = Path.of(context.getEnvironment().getRequiredProperty("atlas.data-dir")).toAbsolutePath();
			new PortalBenchmark(context, pgData).run();
		}
		finally {
			context.close();
		}
	}

	private void run() throws Exception {
		Map<String, String> pages = pages();
		String started = load();
		warmUp(pages);
		List<String> rows = new ArrayList<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String[] result = measure(page.getValue());
			// the tool prints 9999 when no request finished within its run
			String cpu = "0".equals(result[1]) ? "no answer in 6 s" : result[0];
			String row = String.format(Locale.ROOT, "| %s | `%s` | %s | %s | %s | %s |", page.getKey(), page.getValue(),
					cpu, result[1], result[2], result[3]);
			System.out.println(row);
			rows.add(row);
		}
		String heaviest = pages.get("finder, a type and a district");
		String p99 = p99At16(heaviest);
		System.out.println("16 concurrent to " + heaviest + ": p99 " + p99);
		write(rows, started, heaviest, p99);
	}

	/**
	 * CPU ms per request, requests, p50, p99; measured again when a PostgreSQL backend
	 * ended while the tool read its CPU time (it then prints an error instead of
	 * figures).
	 */
	private String[] measure(String path) throws Exception {
		String[] result = {};
		for (int attempt = 0; attempt < 3; attempt++) {
			result = exec(tool, baseUrl + path, Long.toString(ProcessHandle.current().pid()), pgData.toString(), "6")
				.strip()
				.split("\\s+");
			if (result.length == 4 && result[0].matches("[0-9.]+")) {
				return result;
			}
		}
		return new String[] { "-", "0", "-", "-" };
	}

	/** Every public page, the examples first, with ids and codes of the seeds. */
	private Map<String, String> pages() {
		Map<String, String> pages = new LinkedHashMap<>();
		String program = jdbc
			.sql("select min(id)::text from program where status = 'PUBLISHED' and merged_into is null")
			.query(String.class)
			.single();
		String article = jdbc.sql("select min(id)::text from article where status = 'PUBLISHED'")
			.query(String.class)
			.single();
		String type = jdbc.sql("select key from program_type order by position limit 1").query(String.class).single();
		pages.put("program", "/programs/" + program);
		pages.put("article", "/articles/" + article);
		pages.put("article source", "/articles/" + article + "/source");
		pages.put("home", "/");
		pages.put("places", "/places");
		pages.put("city", "/places/3306");
		pages.put("district", "/places/330602");
		pages.put("township", "/places/330602004");
		pages.put("finder", "/programs");
		pages.put("finder, a type and a district", "/programs?type=" + type + "&place=330602");
		pages.put("finder, page 50", "/programs?page=50");
		pages.put("figures", "/metrics");
		pages.put("articles", "/articles");
		pages.put("articles of a city", "/articles?place=3306");
		pages.put("search", "/search?q=" + URLEncoder.encode("乡贤", StandardCharsets.UTF_8));
		pages.put("open data", "/open-data");
		pages.put("feed", "/feed.atom");
		pages.put("sitemap", "/sitemap.xml");
		return pages;
	}

	// a JVM that has run only seconds costs 2-4 times more per request: a minute of every
	// page first
	private void warmUp(Map<String, String> pages) throws Exception {
		Instant end = Instant.now().plus(60, ChronoUnit.SECONDS);
		while (Instant.now().isBefore(end)) {
			for (String path : pages.values()) {
				exec("wrk", "-t1", "-c2", "-d3s", "--timeout", "30s", baseUrl + path);
			}
		}
	}

	private String p99At16(String path) throws Exception {
		String out = exec("wrk", "-t2", "-c16", "-d10s", "--timeout", "30s", "--latency", baseUrl + path);
		if (out.lines().anyMatch(line -> line.strip().startsWith("0 requests in"))) {
			return "no answer in 10 s";
		}
		return out.lines()
			.filter(line -> line.strip().startsWith("99%"))
			.map(line -> line.strip().split("\\s+")[1])
			.findFirst()
			.orElse("-");
	}

	private void write(List<String> rows, String started, String heaviest, String p99) throws IOException {
		StringBuilder table = new StringBuilder(start).append('\n');
		table.append(String.format(Locale.ROOT,
				"%,d articles, %,d programs, %,d figures; measured %s; load average before: %s, after: %s%n%n",
				count("article"), count("program"), count("metric"), Instant.now().truncatedTo(ChronoUnit.MINUTES),
				started, load()));
		table.append("| page | URL | CPU ms per request | requests | p50 | p99 |\n|---|---|---:|---:|---:|---:|\n");
		rows.forEach(row -> table.append(row).append('\n'));
		table.append(String.format(Locale.ROOT, "%n16 concurrent requests to `%s`: p99 %s%n", heaviest, p99));
		table.append(end);
		String doc = Files.exists(REPORT) ? Files.readString(REPORT) : "# Performance\n";
		if (!doc.contains(start)) {
			doc += "\n" + start + "\n" + end + "\n";
		}
		int from = doc.indexOf(start);
		int to = doc.indexOf(end) + end.length();
		Files.writeString(REPORT, doc.substring(0, from) + table + doc.substring(to));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static String exec(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
		}
		return out;
	}

	// other processes on the machine skew latency; say how busy it was
	private static String load() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.isReadable(loadavg) ? Files.readString(loadavg).strip() : "unknown";
	}

}
