package org.civicatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.civicatlas.CivicAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 2: after a crash of the embedded server the portal comes back by itself, without a
 * restart of the JVM, with every committed change; meanwhile pages fail fast with a 503.
 */
class EmbeddedPostgresRecoveryTests {

	private static final Duration BOUND = Duration.ofSeconds(60);

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().build();

	@Test
	void theApplicationStartsItsServerAgainAfterItsPostmasterIsKilled() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CivicAtlasApplication.class)
			.run("--atlas.data-dir=" + dataDir, "--server.port=0")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			String port = context.getEnvironment().getProperty("local.server.port");
			jdbc.sql("update city set aliases = '{越州}' where code = '3306'").update();
			assertThat(get(port, "/places").statusCode()).isEqualTo(200);

			Postmasters.kill(dataDir);
			long killed = System.nanoTime();
			HttpResponse<String> during = get(port, "/places");
			long answeredIn = Duration.ofNanos(System.nanoTime() - killed).toMillis();
			int health = get(port, "/actuator/health").statusCode();
			long back = -1;
			while (Duration.ofNanos(System.nanoTime() - killed).compareTo(BOUND) < 0) {
				if (get(port, "/places").statusCode() == 200) {
					back = Duration.ofNanos(System.nanoTime() - killed).toMillis();
					break;
				}
			}
			System.out.printf("postmaster killed: first page %d in %d ms, health %d, back after %d ms%n",
					during.statusCode(), answeredIn, health, back);
			assertThat(during.statusCode()).isIn(200, 503);
			assertThat(answeredIn).isLessThan(5_000);
			assertThat(back).as("the portal answered again").isPositive();
			assertThat(jdbc.sql("select aliases[1] from city where code = '3306'").query(String.class).single())
				.isEqualTo("越州");
			assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
		}
	}

	private HttpResponse<String> get(String port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
