package org.civicatlas.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.civicatlas.support.AdminSession;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: an editor sent to sign in from an admin page comes back to that page
 * afterwards, and the redirect after sign-in never leads to another site, whatever a
 * request adds (a target parameter, a made-up {@code Host} header on the page that was
 * asked for).
 */
@PortalTest
@Import(AdminSession.class)
class SignInRedirectTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie: (SESSION=[^;]+)");

	@Autowired
	AdminSession session;

	@Autowired
	Http http;

	@Test
	void afterSignInTheEditorIsBackOnThePageTheyAskedFor() {
		session.editor(); // the account exists
		AdminSession.Browser browser = session.anonymous();
		HttpResponse<String> asked = browser.get("/admin/programs?q=sign-in-target");
		assertThat(asked.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));

		URI back = location(browser.signInAttempt(AdminSession.EDITOR, AdminSession.PASSWORD));
		assertThat(back.getHost()).isIn(null, "localhost");
		assertThat(back.getPath()).isEqualTo("/admin/programs");
		assertThat(back.getQuery()).contains("q=sign-in-target");
		HttpResponse<String> page = browser.get(back.getRawPath() + "?" + back.getRawQuery());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"q\" value=\"sign-in-target\"");
	}

	@Test
	void noTargetParameterLeadsAnywhereButTheDashboard() {
		session.editor();
		for (String name : new String[] { "redirect", "next", "url", "returnTo", "continue", "targetUrl",
				"spring-security-redirect", "redirect_uri" }) {
			AdminSession.Browser browser = session.anonymous();
			browser.get("/admin/login?" + name + "=https://evil.example/");
			Map<String, String> form = new LinkedHashMap<>();
			form.put("username", AdminSession.EDITOR);
			form.put("password", AdminSession.PASSWORD);
			form.put(name, "https://evil.example/");
			URI next = location(browser.post("/admin/login", form));
			assertThat(next.getHost()).as(name).isIn(null, "localhost");
			assertThat(next.getPath()).as(name).isEqualTo("/admin");
		}
	}

	@Test
	void aMadeUpHostOnTheAskedForPageIsNotWhereSignInLeads() throws IOException, InterruptedException {
		session.editor();
		// java.net.http will not send a Host header of our choosing: one raw request, as
		// an attacker would
		String cookie;
		try (Socket socket = new Socket("localhost", http.uri("/").getPort())) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /admin/history HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(head).startsWith("HTTP/1.1 302");
			Matcher session = SESSION.matcher(head);
			assertThat(session.find()).as("a session that remembers the asked-for page").isTrue();
			cookie = session.group(1);
		}
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String login = client
			.send(HttpRequest.newBuilder(http.uri("/admin/login")).header("Cookie", cookie).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).isTrue();
		Map<String, String> form = Map.of("username", AdminSession.EDITOR, "password", AdminSession.PASSWORD, "_csrf",
				csrf.group(1));
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(http.uri("/admin/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"))))
			.build(), HttpResponse.BodyHandlers.ofString());
		URI next = location(signedIn);
		assertThat(next.toString()).doesNotContain("evil.example");
		assertThat(next.getPath()).isEqualTo("/admin/history");
	}

	private static URI location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return URI.create(response.headers().firstValue("Location").orElseThrow());
	}

}
