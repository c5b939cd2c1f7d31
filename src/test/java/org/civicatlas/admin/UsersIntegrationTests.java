package org.civicatlas.admin;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.admin.user.AppUser;
import org.civicatlas.admin.user.AppUserRepository;
import org.civicatlas.admin.user.Role;
import org.civicatlas.support.AdminSession;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User management through the real server: forms, validation, rules, optimistic locking,
 * one-time passwords.
 */
@PortalTest
@Import(AdminSession.class)
class UsersIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final Pattern GENERATED = Pattern.compile("id=\"generated-password\">([^<]+)<");

	@Autowired
	AdminSession session;

	@Autowired
	AppUserRepository users;

	@Autowired
	StatementCounter statements;

	@Test
	void listInBothLanguagesWithAFixedNumberOfStatements() {
		AdminSession.Browser admin = session.admin();
		statements.reset();
		HttpResponse<String> list = admin.get("/admin/users");
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("<h1 class=\"h3\">用户</h1>").contains(AdminSession.ADMIN).contains("管理员");
		assertThat(admin.get("/admin/users?lang=en").body()).contains("<h1 class=\"h3\">Users</h1>")
			.contains("Administrator");
		assertThat(admin.get("/admin/users/new").body()).contains("name=\"username\"").contains("name=\"_csrf\"");
	}

	@Test
	void invalidInputComesBackAsFieldErrors() {
		AdminSession.Browser admin = session.admin();
		HttpResponse<String> pattern = admin.post("/admin/users",
				Map.of("username", "a <b>", "role", "EDITOR", "password", ""));
		assertThat(pattern.statusCode()).isEqualTo(200);
		assertThat(pattern.body()).contains("用户名须为 3–60").contains("is-invalid").contains("value=\"a &lt;b&gt;\"");
		HttpResponse<String> taken = admin.post("/admin/users",
				Map.of("username", AdminSession.ADMIN.toUpperCase(), "role", "EDITOR", "password", ""));
		assertThat(taken.body()).contains("该用户名已被使用");
		HttpResponse<String> shortPassword = admin.post("/admin/users",
				Map.of("username", "short-password-user", "role", "EDITOR", "password", "short"));
		assertThat(shortPassword.body()).contains("密码至少需要 12 个字符");
		assertThat(users.findByUsernameIgnoreCase("short-password-user")).isEmpty();
		HttpResponse<String> english = admin.post("/admin/users?lang=en",
				Map.of("username", "x", "role", "EDITOR", "password", ""));
		assertThat(english.body()).contains("A username has 3–60 letters");
	}

	@Test
	void aGeneratedPasswordIsShownOnceAndMustBeChangedAtTheFirstSignIn() {
		AdminSession.Browser admin = session.admin();
		HttpResponse<String> created = admin.post("/admin/users",
				Map.of("username", "new-editor", "role", "EDITOR", "password", ""));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/admin/users/"));
		HttpResponse<String> shown = admin.get(path);
		Matcher generated = GENERATED.matcher(shown.body());
		assertThat(generated.find()).isTrue();
		String password = generated.group(1);
		assertThat(admin.get(path).body()).doesNotContain(password); // only once
		AppUser user = users.findByUsernameIgnoreCase("new-editor").orElseThrow();
		assertThat(user.getPasswordHash()).doesNotContain(password).startsWith("{bcrypt}");
		assertThat(user.isMustChangePassword()).isTrue();

		AdminSession.Browser newcomer = session.signIn("new-editor", password);
		HttpResponse<String> dashboard = newcomer.get("/admin");
		assertThat(dashboard.statusCode()).isEqualTo(302);
		assertThat(dashboard.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/admin/password"));
		HttpResponse<String> mismatch = newcomer.post("/admin/password", Map.of("currentPassword", password,
				"newPassword", "a-new-long-password", "confirmation", "another-password"));
		assertThat(mismatch.body()).contains("两次输入的新密码不一致").doesNotContain("a-new-long-password");
		HttpResponse<String> wrong = newcomer.post("/admin/password", Map.of("currentPassword", "not-it", "newPassword",
				"a-new-long-password", "confirmation", "a-new-long-password"));
		assertThat(wrong.body()).contains("当前密码不正确");
		HttpResponse<String> changed = newcomer.post("/admin/password", Map.of("currentPassword", password,
				"newPassword", "a-new-long-password", "confirmation", "a-new-long-password"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(newcomer.get("/admin").body()).contains("密码已修改");
		assertThat(users.findByUsernameIgnoreCase("new-editor").orElseThrow().isMustChangePassword()).isFalse();
		session.signIn("new-editor", "a-new-long-password");
	}

	@Test
	void aStaleSaveShowsTheConflictAndOverwritesNothing() {
		AppUser user = users.save(new AppUser("stale-user", "{noop}unused-password", Role.EDITOR, false));
		AdminSession.Browser admin = session.admin();
		String path = "/admin/users/" + user.getId();
		String loadedVersion = version(admin.get(path).body());
		HttpResponse<String> first = admin.post(path,
				Map.of("role", "ADMIN", "enabled", "true", "version", loadedVersion));
		assertThat(first.statusCode()).isEqualTo(302);
		HttpResponse<String> stale = admin.post(path,
				Map.of("role", "EDITOR", "_enabled", "on", "version", loadedVersion));
		assertThat(stale.statusCode()).isEqualTo(200);
		// the one conflict view: the status differs (the role too), the saved one beside
		// the submitted one
		assertThat(stale.body()).contains("id=\"conflict\"", "data-field=\"admin.user.status\"",
				"data-field=\"admin.user.role\"", "已停用");
		AppUser unchanged = users.findById(user.getId()).orElseThrow();
		assertThat(unchanged.getRole()).isEqualTo(Role.ADMIN);
		assertThat(unchanged.isEnabled()).isTrue();
		HttpResponse<String> reapplied = admin.post(path,
				Map.of("role", "EDITOR", "_enabled", "on", "version", version(stale.body())));
		assertThat(reapplied.statusCode()).isEqualTo(302);
		AppUser after = users.findById(user.getId()).orElseThrow();
		assertThat(after.getRole()).isEqualTo(Role.EDITOR);
		assertThat(after.isEnabled()).isFalse();
	}

	@Test
	void nobodyRemovesTheirOwnAdministratorRoleOrDisablesThemselves() {
		AdminSession.Browser admin = session.admin();
		AppUser self = users.findByUsernameIgnoreCase(AdminSession.ADMIN).orElseThrow();
		String path = "/admin/users/" + self.getId();
		String version = version(admin.get(path).body());
		HttpResponse<String> demote = admin.post(path, Map.of("role", "EDITOR", "enabled", "true", "version", version));
		assertThat(demote.statusCode()).isEqualTo(200);
		assertThat(demote.body()).contains("不能取消您自己的管理员角色");
		HttpResponse<String> disable = admin.post(path, Map.of("role", "ADMIN", "_enabled", "on", "version", version));
		assertThat(disable.body()).contains("不能停用您自己的账号");
		assertThat(users.findById(self.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void resettingAPasswordGeneratesAOneTimePassword() {
		AppUser user = users.save(new AppUser("reset-user", "{noop}old-password-123", Role.EDITOR, false));
		AdminSession.Browser admin = session.admin();
		String path = "/admin/users/" + user.getId();
		HttpResponse<String> reset = admin.post(path + "/password", Map.of("version", version(admin.get(path).body())));
		assertThat(reset.statusCode()).isEqualTo(302);
		Matcher generated = GENERATED.matcher(admin.get(path).body());
		assertThat(generated.find()).isTrue();
		assertThat(users.findById(user.getId()).orElseThrow().isMustChangePassword()).isTrue();
		session.signIn("reset-user", generated.group(1));
	}

	@Test
	void unknownAndMalformedIds() {
		AdminSession.Browser admin = session.admin();
		assertThat(admin.get("/admin/users/999999").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/users/abc").statusCode()).isEqualTo(400);
	}

	/**
	 * Issue 12, item 5: disabling a user or resetting their password ends the sessions
	 * they have open.
	 */
	@Test
	void disablingAUserOrResettingTheirPasswordEndsTheirSessionsAtOnce() {
		AdminSession.Browser admin = session.admin();
		users.save(new AppUser("session-user", "{noop}session-user-pass", Role.EDITOR, false));
		String path = "/admin/users/" + users.findByUsernameIgnoreCase("session-user").orElseThrow().getId();
		AdminSession.Browser theirs = session.signIn("session-user", "session-user-pass");
		assertThat(theirs.get("/admin").statusCode()).isEqualTo(200);
		admin.post(path + "/password", Map.of("version", version(admin.get(path).body())));
		assertThat(theirs.get("/admin").statusCode()).as("after the reset").isEqualTo(302);

		users.save(users.findByUsernameIgnoreCase("session-user").map(u -> {
			u.changePassword("{noop}session-user-pass");
			return u;
		}).orElseThrow());
		AdminSession.Browser again = session.signIn("session-user", "session-user-pass");
		assertThat(again.get("/admin").statusCode()).isEqualTo(200);
		admin.post(path, Map.of("role", "EDITOR", "_enabled", "on", "version", version(admin.get(path).body())));
		assertThat(again.get("/admin").statusCode()).as("after disabling").isEqualTo(302);
		assertThat(admin.get("/admin").statusCode()).as("the administrator's own session").isEqualTo(200);
	}

	private static String version(String html) {
		Matcher matcher = VERSION.matcher(html);
		assertThat(matcher.find()).as("a version field").isTrue();
		return matcher.group(1);
	}

}
