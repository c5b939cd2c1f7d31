package org.civicatlas.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser of a portal this test started itself (its own context, not the shared
 * {@code @PortalTest} one): its own cookies, no redirects followed, signs in through the
 * form with its CSRF token.
 */
final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	PortalClient(int port) {
		this.port = port;
	}

	PortalClient(ConfigurableApplicationContext context) {
		this(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		// as a browser asks: an error answered through Spring Boot's /error is HTML only
		// for such a request
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Accept-Language", "zh-CN")
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get("/admin/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		return http.send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The other client's cookies, as a browser sends them to another instance behind one
	 * address.
	 */
	void cookiesFrom(PortalClient other) {
		other.cookies.getCookieStore().getCookies().forEach(cookie -> cookies.getCookieStore().add(uri("/"), cookie));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
