package org.civicatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.civicatlas.CivicAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 9: behind a reverse proxy that terminates TLS, configured as
 * docs/deployment.md says (forwarded headers believed from the proxy's address only, here
 * the loopback the test connects from), a request the proxy marks
 * {@code X-Forwarded-Proto: https} gets a {@code Secure} session cookie and
 * {@code Strict-Transport-Security}; a plain request gets neither (HSTS over plain HTTP
 * is ignored by browsers, and a {@code Secure} cookie would never come back).
 */
class BehindTlsProxyTests {

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void overTlsTheSessionCookieIsSecureAndEveryAnswerCarriesHsts() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CivicAtlasApplication.class).run(
				"--atlas.data-dir=" + dataDir, "--server.port=0", "--server.forward-headers-strategy=native",
				"--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")) {
			String port = context.getEnvironment().getProperty("local.server.port");

			HttpResponse<String> tls = get(port, "/admin/login", true);
			assertThat(tls.statusCode()).isEqualTo(200);
			assertThat(sessionCookie(tls)).as("the session cookie over TLS")
				.contains("; Secure")
				.contains("; HttpOnly")
				.contains("; SameSite=Lax");
			assertThat(tls.headers().firstValue("Strict-Transport-Security"))
				.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
			assertThat(get(port, "/places", true).headers().firstValue("Strict-Transport-Security"))
				.as("a public page over TLS")
				.isPresent();
			// the redirect to sign-in keeps the browser on https
			assertThat(get(port, "/admin", true).headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).endsWith("/admin/login").doesNotStartWith("http:"));

			HttpResponse<String> plain = get(port, "/admin/login", false);
			assertThat(sessionCookie(plain)).as("the session cookie over plain HTTP")
				.doesNotContain("Secure")
				.contains("; HttpOnly")
				.contains("; SameSite=Lax");
			assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		}
	}

	private HttpResponse<String> get(String port, String path, boolean overTls) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (overTls) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.toList();
		assertThat(cookies).as("a session cookie").hasSize(1);
		return cookies.get(0);
	}

}
