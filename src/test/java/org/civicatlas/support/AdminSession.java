package org.civicatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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

import org.civicatlas.admin.user.AppUser;
import org.civicatlas.admin.user.AppUserRepository;
import org.civicatlas.admin.user.Role;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in to the running portal over HTTP as a browser does: a session cookie, and the
 * CSRF token read from the last page that had a form. {@link #admin()} and
 * {@link #editor()} use two dedicated test users (created once in the shared test
 * database); {@link #anonymous()} is a browser that has not signed in. Use with
 * {@code @PortalTest @Import(AdminSession.class)}.
 */
@TestComponent
public class AdminSession {

	public static final String ADMIN = "test-admin";

	public static final String EDITOR = "test-editor";

	public static final String PASSWORD = "test-password-1234";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final Http http;

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	AdminSession(Http http, AppUserRepository users, PasswordEncoder encoder) {
		this.http = http;
		this.users = users;
		this.encoder = encoder;
	}

	/** Signed in as an administrator. */
	public Browser admin() {
		return signIn(ensure(ADMIN, Role.ADMIN), PASSWORD);
	}

	/** Signed in as an editor. */
	public Browser editor() {
		return signIn(ensure(EDITOR, Role.EDITOR), PASSWORD);
	}

	public Browser anonymous() {
		return new Browser();
	}

	/**
	 * Signs in with the given credentials; fails the test unless that leads to the
	 * dashboard.
	 */
	public Browser signIn(String username, String password) {
		Browser browser = new Browser();
		HttpResponse<String> response = browser.signInAttempt(username, password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new AssertionError("Sign-in as " + username + " failed: " + response.statusCode() + " " + location);
		}
		browser.get("/admin/password"); // a page with a form, to read the session's new
										// CSRF token
		return browser;
	}

	/**
	 * Makes the two test accounts unless they exist (a {@link CleansUp} test's records
	 * are newer).
	 */
	public void ensureAccounts() {
		ensure(ADMIN, Role.ADMIN);
		ensure(EDITOR, Role.EDITOR);
	}

	private String ensure(String username, Role role) {
		if (users.findByUsernameIgnoreCase(username).isEmpty()) {
			users.save(new AppUser(username, encoder.encode(PASSWORD), role, false));
		}
		return username;
	}

	/** One browser: its own cookies and the CSRF token of the last form it saw. */
	public final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private String csrf;

		private Browser() {
		}

		public HttpResponse<String> get(String path) {
			return get(path, "zh-CN,zh;q=0.9");
		}

		public HttpResponse<String> get(String path, String acceptLanguage) {
			return send(HttpRequest.newBuilder(http.uri(path))
				.header("Accept", "text/html")
				.header("Accept-Language", acceptLanguage)
				.build());
		}

		/** Posts a form with the current CSRF token added. */
		public HttpResponse<String> post(String path, Map<String, String> form) {
			Map<String, String> fields = new LinkedHashMap<>(form);
			if (csrf != null) {
				fields.put("_csrf", csrf);
			}
			return postRaw(path, fields);
		}

		/** Posts exactly these fields: no CSRF token unless given. */
		public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
			String body = fields.entrySet()
				.stream()
				.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(http.uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.header("Accept-Language", "zh-CN,zh;q=0.9")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		/**
		 * Loads the sign-in page (for its session and token) and posts the credentials.
		 */
		public HttpResponse<String> signInAttempt(String username, String password) {
			get("/admin/login");
			return post("/admin/login", Map.of("username", username, "password", password));
		}

		public String sessionId() {
			return cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals("SESSION"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		public String csrfToken() {
			return csrf;
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				Matcher token = CSRF.matcher(response.body());
				if (token.find()) {
					csrf = token.group(1);
				}
				return response;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
