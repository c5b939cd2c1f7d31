package org.civicatlas.quality;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.civicatlas.support.AdminSession;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.TestRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a 4xx page, never a 5xx, and no answer names the code behind it:
 * malformed query values, path ids and cookies on every public and admin route (anonymous
 * and signed in), wrong methods, and malformed admin forms and uploads. Nothing a
 * malformed request sends is stored.
 */
@PortalTest
@Import(AdminSession.class)
class MalformedInputTests {

	/** Query values and path segments, already percent-encoded as they go on the wire. */
	static final List<String> PAYLOADS = List.of("%00", "%E4%B9", "NaN", "-1", "99999999999999999999", "GOD",
			"%27%22%3Cscript%3E", "x".repeat(3000));

	/** Parameters every list might read, besides the route's own. */
	static final List<String> PARAMETERS = List.of("q", "page");

	/** Names of the code behind a page: exception and package names, stack frames. */
	static final Pattern INTERNAL = Pattern.compile(
			"Exception|\\b(java|jakarta|org\\.springframework|org\\.hibernate|org\\.postgresql|org\\.civicatlas)\\.[a-z]|\\bat [a-z]+\\.[a-z]+\\.[a-zA-Z.]+\\(");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	ApplicationContext context;

	@Autowired
	AdminSession sessions;

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	private final List<String> failures = new ArrayList<>();

	private int sent;

	private int fiveHundreds;

	@Test
	void noMalformedRequestGetsA5xxOrShowsInternalNames() {
		TestRecords records = new TestRecords(jdbc);
		long users = jdbc.sql("select count(*) from app_user").query(Long.class).single();
		AdminSession.Browser admin = sessions.admin();
		String signedIn = "SESSION=" + admin.sessionId();
		List<String> pages = Stream.concat(new PublicRoutes(context).all().stream().map(PublicRoutes.Route::path),
				Stream.concat(AdminRoutes.ANONYMOUS.stream().map(PublicRoutes.Route::path),
						new AdminRoutes(context).signedIn().stream().map(PublicRoutes.Route::path)))
			.toList();
		List<String> others = List.of("/open-data/programs.csv", "/metrics.csv", "/open-data/metrics.json",
				"/feed.atom", "/sitemap.xml", "/robots.txt", "/error", "/webjars/bootstrap/dist/css/bootstrap.min.css");
		try {
			for (String page : Stream.concat(pages.stream(), others.stream()).toList()) {
				// every payload where it matters (admin pages signed in, the rest
				// anonymous), the cookie both ways
				boolean adminPage = page.startsWith("/admin") && !page.startsWith("/admin/login");
				malformedGets(page, adminPage ? signedIn : null);
				check("GET " + page + " other side",
						request(page, adminPage ? null : signedIn + "; atlas-lang=%00bad").GET());
			}
			for (String page : new PublicRoutes(context).all().stream().map(PublicRoutes.Route::path).toList()) {
				for (String method : new String[] { "PUT", "DELETE", "PATCH" }) {
					check(method + " " + page, request(page, null).method(method, HttpRequest.BodyPublishers.noBody()));
				}
			}
			malformedForms(admin, signedIn);
		}
		finally {
			records.cleanUp();
			jdbc.sql(
					"delete from app_user where id > (select min(id) + :n - 1 from app_user) and username not like 'test-%'")
				.param("n", users)
				.update();
		}
		System.out.printf("malformed input: %d requests, %d answered 5xx, %d failures in all (5xx or internal names)%n",
				sent, fiveHundreds, failures.size());
		assertThat(sent).isGreaterThanOrEqualTo(1000);
		assertThat(failures).isEmpty();
		assertThat(records.counts()).isEqualTo(records.countsAtStart());
	}

	/**
	 * Issue 12, item 10: a wrong method on a public page was a 403 (missing CSRF token),
	 * not a 405.
	 */
	@Test
	void wrongMethodsOnPublicPagesAre405() throws Exception {
		for (PublicRoutes.Route route : new PublicRoutes(context).all()) {
			if (route.status() == 200) {
				for (String method : new String[] { "PUT", "DELETE" }) {
					HttpResponse<String> response = client.send(
							request(route.path(), null).method(method, HttpRequest.BodyPublishers.noBody()).build(),
							HttpResponse.BodyHandlers.ofString());
					assertThat(response.statusCode()).as(method + " " + route.path()).isEqualTo(405);
				}
			}
		}
	}

	/**
	 * Issue 12, item 10: a POST of {@code version=0} alone blanked a place's English
	 * name.
	 */
	@Test
	void aPlaceFormWithoutItsFieldsIsRefusedAndBlanksNothing() throws Exception {
		AdminSession.Browser admin = sessions.admin();
		HttpResponse<String> response = admin.post("/admin/places/3306", Map.of("version", "0"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("select name_en from city where code = '3306'").query(String.class).single()).isNotBlank();
	}

	private void malformedGets(String page, String cookie) {
		String path = page.replaceFirst("\\?.*", "");
		Map<String, String> query = query(page);
		check("GET " + page + " atlas-lang=%00bad",
				request(page, cookie == null ? "atlas-lang=%00bad" : cookie + "; atlas-lang=%00bad").GET());
		List<String> parameters = new ArrayList<>(query.keySet());
		PARAMETERS.stream().filter(p -> !parameters.contains(p)).forEach(parameters::add);
		for (String parameter : parameters) {
			for (String payload : PAYLOADS) {
				Map<String, String> changed = new LinkedHashMap<>(query);
				changed.put(parameter, payload);
				String url = path + "?"
						+ changed.entrySet()
							.stream()
							.map(e -> e.getKey() + "=" + e.getValue())
							.collect(Collectors.joining("&"));
				check("GET " + url, request(url, cookie).GET());
			}
		}
		Matcher id = Pattern.compile("/(\\d+)(?=/|$)").matcher(path);
		if (id.find()) {
			for (String payload : PAYLOADS) {
				String url = path.substring(0, id.start(1)) + payload + path.substring(id.end(1));
				check("GET " + url, request(url, cookie).GET());
			}
		}
	}

	private void malformedForms(AdminSession.Browser admin, String signedIn) {
		long program = first("select id from program where status = 'PUBLISHED' and merged_into is null order by id");
		long article = first("select id from article where status = 'PUBLISHED' order by id");
		long metric = first("select id from metric order by id");
		long user = first("select id from app_user order by id");
		long page = first("select id from source_page order by id");
		String township = jdbc.sql("select code from township order by code limit 1").query(String.class).single();
		List<String> targets = List.of("/admin/programs", "/admin/programs/" + program,
				"/admin/programs/" + program + "/merge", "/admin/programs/" + program + "/delete",
				"/admin/articles/" + article, "/admin/articles/" + article + "/delete", "/admin/metrics",
				"/admin/metrics/" + metric, "/admin/metrics/" + metric + "/delete", "/admin/places/" + township,
				"/admin/users", "/admin/users/" + user, "/admin/users/" + user + "/password", "/admin/password",
				"/admin/history/program/" + program + "/revert/-1", "/admin/history/program/" + program + "/revert/abc",
				"/admin/history/article/-1/revert/1", "/admin/pages/" + page + "/publish", "/admin/pages/-1/reject",
				"/admin/pages/" + page + "/articles/-1/accept", "/admin/reports/-1", "/admin/reports/abc",
				"/reports?kind=article&id=" + article, "/reports?kind=nope&id=" + article, "/reports?kind=figure&id=x");
		List<String> fields = List.of("name", "nameEn", "aliases", "description", "status", "primarySubtype",
				"subtypes", "cityCode", "districtCode", "townshipCode", "villageName", "title", "summary", "label",
				"value", "valueMax", "unit", "approx", "category", "quote", "articleId", "programId", "target",
				"username", "role", "enabled", "password", "currentPassword", "newPassword", "repeatPassword",
				"message", "contact", "shown");
		for (String target : targets) {
			for (String payload : PAYLOADS) {
				String value = java.net.URLDecoder.decode(payload.replace("%E4%B9", "%E4%B9%A1"),
						StandardCharsets.UTF_8);
				Map<String, String> form = new LinkedHashMap<>();
				fields.forEach(field -> form.put(field, value));
				form.put("version", value);
				form.put("_csrf", admin.csrfToken());
				check("POST " + target + " all=" + payload, post(target, signedIn, form));
			}
			// a delete needs nothing but the version: version=0 alone is then a
			// well-formed request that
			// deletes a seeded record (0 is its version), and the shared database loses
			// it
			if (!target.endsWith("/delete")) {
				check("POST " + target + " version=0",
						post(target, signedIn, Map.of("version", "0", "_csrf", admin.csrfToken())));
			}
		}
		String boundary = "fuzz";
		for (String body : new String[] { "--fuzz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc",
				"not multipart at all", "--other\r\n\r\n--other--\r\n", "" }) {
			check("POST /admin/pages multipart " + body.length(),
					request("/admin/pages?_csrf=" + admin.csrfToken(), signedIn)
						.header("Content-Type", "multipart/form-data; boundary=" + boundary)
						.POST(HttpRequest.BodyPublishers.ofString(body)));
		}
	}

	private HttpRequest.Builder post(String target, String cookie, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return request(target, cookie).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpRequest.Builder request(String url, String cookie) {
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create(http.uri("/").toString().replaceFirst("/$", "") + url))
			.header("Accept", "text/html")
			.header("Accept-Language", "zh-CN")
			.timeout(java.time.Duration.ofSeconds(20));
		return cookie == null ? builder : builder.header("Cookie", cookie);
	}

	private void check(String what, HttpRequest.Builder request) {
		sent++;
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Matcher internal = INTERNAL.matcher(response.body());
			boolean showsInternals = internal.find();
			if (response.statusCode() >= 500 || showsInternals) {
				fiveHundreds += response.statusCode() >= 500 ? 1 : 0;
				failures.add(response.statusCode() + " " + what.substring(0, Math.min(what.length(), 160))
						+ (showsInternals ? " shows " + internal.group() : ""));
			}
		}
		catch (Exception ex) {
			failures.add("no answer: " + what + " " + ex);
		}
	}

	private static Map<String, String> query(String page) {
		Map<String, String> query = new LinkedHashMap<>();
		int at = page.indexOf('?');
		if (at >= 0) {
			for (String pair : page.substring(at + 1).split("&")) {
				String[] kv = pair.split("=", 2);
				query.put(kv[0], kv.length > 1 ? kv[1] : "");
			}
		}
		return query;
	}

	private long first(String sql) {
		return jdbc.sql(sql + " limit 1").query(Long.class).single();
	}

}
