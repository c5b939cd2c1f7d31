package org.civicatlas.admin.user;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The first administrator of a new installation: from the environment, or generated once,
 * never a default.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	private static final Pattern LOGGED = Pattern.compile("user 'admin' with the one-time password (\\S+) ");

	private final AppUserRepository users = mock(AppUserRepository.class);

	private final Passwords passwords = new Passwords(PasswordEncoderFactories.createDelegatingPasswordEncoder());

	@Test
	void theEnvironmentNamesTheFirstAdministrator(CapturedOutput output) {
		new FirstAdministrator(users, passwords, "chief", "a-long-enough-password").run(null);
		AppUser created = saved();
		assertThat(created.getUsername()).isEqualTo("chief");
		assertThat(created.getRole()).isEqualTo(Role.ADMIN);
		assertThat(created.isMustChangePassword()).isFalse();
		assertThat(passwords.matches("a-long-enough-password", created.getPasswordHash())).isTrue();
		assertThat(output).doesNotContain("a-long-enough-password");
	}

	@Test
	void withoutEnvironmentAOneTimePasswordIsGeneratedAndLoggedOnce(CapturedOutput output) {
		new FirstAdministrator(users, passwords, "", "").run(null);
		AppUser created = saved();
		assertThat(created.getUsername()).isEqualTo("admin");
		assertThat(created.isMustChangePassword()).isTrue();
		Matcher logged = LOGGED.matcher(output.getOut());
		assertThat(logged.find()).isTrue();
		assertThat(output.getOut()).contains("WARN");
		String password = logged.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH);
		assertThat(passwords.matches(password, created.getPasswordHash())).isTrue();
		for (String guess : new String[] { "admin", "password", "", "changeme" }) {
			assertThat(passwords.matches(guess, created.getPasswordHash())).isFalse();
		}
		assertThat(logged.find()).as("logged only once").isFalse();
	}

	@Test
	void twoInstallationsGetDifferentPasswords(CapturedOutput output) {
		new FirstAdministrator(users, passwords, "", "").run(null);
		new FirstAdministrator(users, passwords, "", "").run(null);
		Matcher logged = LOGGED.matcher(output.getOut());
		assertThat(logged.find()).isTrue();
		String first = logged.group(1);
		assertThat(logged.find()).isTrue();
		assertThat(logged.group(1)).isNotEqualTo(first);
	}

	@Test
	void nothingHappensWhenAnAdministratorExists() {
		when(users.existsByRole(Role.ADMIN)).thenReturn(true);
		new FirstAdministrator(users, passwords, "chief", "a-long-enough-password").run(null);
		verify(users, never()).save(any());
	}

	@Test
	void aShortPasswordFromTheEnvironmentStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdministrator(users, passwords, "chief", "short").run(null))
			.withMessageContaining("at least");
		verify(users, never()).save(any());
	}

	private AppUser saved() {
		ArgumentCaptor<AppUser> captor = ArgumentCaptor.forClass(AppUser.class);
		verify(users).save(captor.capture());
		return captor.getValue();
	}

}
