package org.civicatlas.admin;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicatlas.admin.user.AppUser;
import org.civicatlas.admin.user.AppUserRepository;
import org.civicatlas.admin.user.Role;
import org.civicatlas.support.AdminSession;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, sign-out, throttling, CSRF, session fixation, roles and security headers, over
 * HTTP.
 */
@PortalTest
@Import(AdminSession.class)
class AdminSecurityTests {

	@Autowired
	AdminSession session;

	@Autowired
	Http http;

	@Autowired
	AppUserRepository users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyAdminRouteSendsAnAnonymousVisitorToSignIn() {
		List<String> checked = new ArrayList<>();
		AdminSession.Browser anonymous = session.anonymous();
		anonymous.get("/admin/login"); // a CSRF token, so that POSTs reach the
										// authorization check
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (!pattern.startsWith("/admin") || pattern.equals("/admin/login")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				HttpResponse<String> response = methods.contains(RequestMethod.POST) ? anonymous.post(path, Map.of())
						: anonymous.get(path);
				assertThat(response.statusCode()).as(pattern).isEqualTo(302);
				assertThat(response.headers().firstValue("Location")).as(pattern)
					.hasValueSatisfying(location -> assertThat(location).endsWith("/admin/login"));
				checked.add(pattern);
			}
		}
		assertThat(checked).contains("/admin", "/admin/users", "/admin/users/{id}", "/admin/history",
				"/admin/history/{entity}/{id}", "/admin/history/{entity}/{id}/revert/{rev}", "/admin/places",
				"/admin/places/{code}", "/admin/password");
	}

	@Test
	void signInPageInChineseAndEnglishWithACsrfToken() {
		HttpResponse<String> zh = http.get("/admin/login");
		assertThat(zh.statusCode()).isEqualTo(200);
		assertThat(zh.body()).contains("编辑登录").contains("name=\"_csrf\"").contains("autocomplete=\"current-password\"");
		HttpResponse<String> en = http.get("/admin/login?lang=en");
		assertThat(en.body()).contains("<html lang=\"en\"").contains("Editors&#39; sign-in");
	}

	@Test
	void signInChangesTheSessionIdAndLeadsToTheDashboard() {
		AdminSession.Browser browser = session.anonymous();
		session.editor(); // makes sure the editor exists
		browser.get("/admin/login");
		String before = browser.sessionId();
		HttpResponse<String> response = browser.post("/admin/login",
				Map.of("username", AdminSession.EDITOR, "password", AdminSession.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		assertThat(before).isNotNull();
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/admin").body()).contains("工作台").contains(AdminSession.EDITOR);
	}

	@Test
	void wrongPasswordsAreThrottledPerUsernameWithAClearMessage() {
		users.save(new AppUser("throttled-user", "{noop}unused-password", Role.EDITOR, false));
		AdminSession.Browser browser = session.anonymous();
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> failed = browser.signInAttempt("throttled-user", "wrong-password-" + i);
			assertThat(failed.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login?error"));
			assertThat(browser.get("/admin/login?error").body()).contains("用户名或密码不正确");
		}
		HttpResponse<String> throttled = browser.signInAttempt("throttled-user", "unused-password");
		assertThat(throttled.statusCode()).isEqualTo(302);
		HttpResponse<String> page = browser.get("/admin/login?error");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("登录失败次数过多").doesNotContain("用户名或密码不正确");
		assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		AdminSession.Browser editor = session.editor();
		HttpResponse<String> response = editor.postRaw("/admin/places/330602004",
				Map.of("nameEn", "Hacked", "aliases", "", "version", "0"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("无权访问").doesNotContain("Hacked");
		HttpResponse<String> signIn = session.anonymous()
			.postRaw("/admin/login", Map.of("username", AdminSession.EDITOR, "password", AdminSession.PASSWORD));
		assertThat(signIn.statusCode()).isEqualTo(403);
	}

	@Test
	void anEditorCannotManageUsersAndSeesAFriendlyPage() {
		AdminSession.Browser editor = session.editor();
		HttpResponse<String> list = editor.get("/admin/users");
		assertThat(list.statusCode()).isEqualTo(403);
		assertThat(list.body()).contains("无权访问").contains("返回工作台").doesNotContain("Exception");
		assertThat(editor.get("/admin/users/new").statusCode()).isEqualTo(403);
		assertThat(
				editor.post("/admin/users", Map.of("username", "sneaky", "role", "ADMIN", "password", "")).statusCode())
			.isEqualTo(403);
		assertThat(users.findByUsernameIgnoreCase("sneaky")).isEmpty();
		assertThat(editor.get("/admin").body()).doesNotContain("href=\"/admin/users\"");
		assertThat(session.admin().get("/admin").body()).contains("href=\"/admin/users\"");
	}

	@Test
	void actuatorBeyondHealthIsForAdministratorsOnly() {
		assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(session.editor().get("/actuator/info").statusCode()).isEqualTo(403);
		// the endpoint answers JSON only, so an HTML browser gets 406: past the
		// authorization check
		assertThat(session.admin().get("/actuator/info").statusCode()).isNotIn(302, 401, 403);
	}

	@Test
	void signOutIsAPostThatEndsTheSession() {
		AdminSession.Browser editor = session.editor();
		assertThat(editor.get("/admin/logout").statusCode()).isNotEqualTo(302);
		assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
		HttpResponse<String> out = editor.post("/admin/logout", Map.of());
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login?signedOut"));
		assertThat(editor.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void securityHeadersOnPublicAndAdminPages() {
		for (HttpResponse<String> response : List.of(http.get("/"), http.get("/admin/login"),
				session.editor().get("/admin"))) {
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying(csp -> assertThat(csp)
					.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
					.doesNotContain("unsafe-inline"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]|\\son[a-z]+=|style=\"");
		}
	}

	@Test
	void theFirstAdministratorHasNoDefaultPasswordAndMustChangeTheGeneratedOne() {
		AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isMustChangePassword()).isTrue();
		for (String guess : List.of("admin", "password", "changeme", "admin123")) {
			HttpResponse<String> response = session.anonymous().signInAttempt("admin", guess);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
		}
	}

}
