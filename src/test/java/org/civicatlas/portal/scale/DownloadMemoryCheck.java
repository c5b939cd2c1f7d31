package org.civicatlas.portal.scale;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.civicatlas.CivicAtlasApplication;

/**
 * Not a test: every download on a grown database (see {@link ScaleGenerator}) from a
 * portal whose heap is capped at 256 MB, which only streaming survives (at 1,000×,
 * articles.json is over 100 MB). It starts the portal in a child JVM with
 * {@code -Xmx256m}, downloads each file, counts the JSON records with a streaming parser
 * and the CSV lines, and fails when a download breaks or the portal dies. Run it with
 *
 * <pre>
 * mvn -q -o test-compile spring-boot:test-run -Dspring-boot.run.main-class=org.civicatlas.portal.scale.DownloadMemoryCheck \
 *     -Dspring-boot.run.arguments="target/scale-1000"
 * </pre>
 */
public final class DownloadMemoryCheck {

	static final List<String> DOWNLOADS = List.of("/open-data/articles.json", "/open-data/programs.json",
			"/open-data/metrics.json", "/open-data/programs.csv", "/open-data/metrics.csv", "/metrics.csv",
			"/open-data/places.json", "/sitemap.xml", "/sitemaps/programs-1.xml", "/sitemaps/articles-1.xml");

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args.length > 0 ? args[0] : "target/scale-1000").toAbsolutePath();
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process portal = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), CivicAtlasApplication.class.getName(),
				"--atlas.data-dir=" + data, "--server.port=" + port, "--logging.level.root=WARN")
			.inheritIO()
			.start();
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			waitUntilUp(http, port, portal);
			ObjectMapper json = JsonMapper.builder().build();
			System.out.println("| download | status | bytes | records | seconds |");
			System.out.println("|---|---:|---:|---:|---:|");
			for (String path : DOWNLOADS) {
				Instant started = Instant.now();
				HttpResponse<InputStream> response = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofInputStream());
				Counted counted;
				try (InputStream body = response.body()) {
					counted = path.endsWith(".json") ? countJson(json, body) : countLines(body);
				}
				if (response.statusCode() != 200 || !portal.isAlive()) {
					throw new IllegalStateException(
							path + " answered " + response.statusCode() + ", portal alive: " + portal.isAlive());
				}
				System.out.printf(Locale.ROOT, "| `%s` | %d | %,d | %,d | %.1f |%n", path, response.statusCode(),
						counted.bytes(), counted.records(),
						Duration.between(started, Instant.now()).toMillis() / 1000.0);
			}
			System.out.println("The portal served every download with -Xmx256m and is still running.");
		}
		finally {
			portal.destroy();
			if (!portal.waitFor(60, TimeUnit.SECONDS)) {
				portal.destroyForcibly();
			}
		}
	}

	private record Counted(long bytes, long records) {
	}

	/**
	 * The elements of the top-level object's array (articles, programs, …) or of its
	 * first array.
	 */
	private static Counted countJson(ObjectMapper json, InputStream body) throws IOException {
		CountingStream counting = new CountingStream(body);
		long records = 0;
		try (JsonParser parser = json.createParser(counting)) {
			int depth = 0;
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
					depth++;
					if (depth == 3 && token == JsonToken.START_OBJECT) {
						records++;
					}
				}
				else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
					depth--;
				}
			}
		}
		return new Counted(counting.count, records);
	}

	private static Counted countLines(InputStream body) throws IOException {
		long bytes = 0;
		long lines = 0;
		byte[] buffer = new byte[65_536];
		for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
			bytes += n;
			for (int i = 0; i < n; i++) {
				if (buffer[i] == '\n') {
					lines++;
				}
			}
		}
		return new Counted(bytes, lines);
	}

	private static void waitUntilUp(HttpClient http, int port, Process portal) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline) && portal.isAlive()) {
			try {
				HttpResponse<Void> health = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// the portal is still starting
			}
			TimeUnit.MILLISECONDS.sleep(500);
		}
		throw new IllegalStateException("the portal did not start");
	}

	private static final class CountingStream extends java.io.FilterInputStream {

		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count += b >= 0 ? 1 : 0;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count += Math.max(n, 0);
			return n;
		}

	}

}
