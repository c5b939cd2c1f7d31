package org.civicatlas.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.CivicAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one PostgreSQL (the second started with {@code spring.datasource.url}
 * pointing at the first's embedded server): a sign-in on one is valid on the other, and wrong
 * passwords count on both together.
 */
class TwoInstancesSignInTests {

	private static final String USER = "ops-admin";

	private static final String PASSWORD = "two-instances-Test-4711";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path dataDir;

	@Test
	void sessionsAndTheSignInThrottleAreSharedThroughTheDatabase() throws Exception {
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(CivicAtlasApplication.class)
			.run("--atlas.data-dir=" + dataDir, "--server.port=0", "--atlas.admin.user=" + USER,
					"--atlas.admin.password=" + PASSWORD)) {
			EmbeddedPostgresServer server = first.getBean(EmbeddedPostgresServer.class);
			try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CivicAtlasApplication.class)
				.run("--spring.datasource.url=jdbc:postgresql://localhost:" + server.port() + "/postgres",
						"--spring.datasource.username=postgres", "--spring.datasource.password=" + server.password(),
						"--server.port=0")) {
				Client one = new Client(port(first));
				Client two = new Client(port(second));
				assertThat(one.signIn(USER, PASSWORD).headers().firstValue("Location").orElse("")).endsWith("/admin");
				assertThat(one.get("/admin").statusCode()).isEqualTo(200);
				two.cookiesFrom(one);
				assertThat(two.get("/admin").statusCode()).as("the session of instance one on instance two").isEqualTo(200);

				Client attacker = new Client(port(first));
				for (int i = 0; i < 5; i++) {
					attacker.signIn("throttle-target", "wrong-" + i);
				}
				Client sameClientOnTwo = new Client(port(second));
				sameClientOnTwo.signIn("throttle-target", "wrong-again");
				assertThat(sameClientOnTwo.get("/admin/login?error").body()).as("counted on instance one, refused on two")
					.contains("登录失败次数过多");
			}
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private static final class Client {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();

		private final int port;

		Client(int port) {
			this.port = port;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
			Matcher csrf = CSRF.matcher(get("/admin/login").body());
			assertThat(csrf.find()).isTrue();
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
			return http.send(HttpRequest.newBuilder(uri("/admin/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** The other client's cookies, as a browser sends them to another instance behind one address. */
		void cookiesFrom(Client other) {
			other.cookies.getCookieStore().getCookies()
				.forEach(cookie -> cookies.getCookieStore().add(uri("/"), cookie));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
