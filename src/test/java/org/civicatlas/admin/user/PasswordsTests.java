package org.civicatlas.admin.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, item 10: length alone let {@code password1234} through. */
class PasswordsTests {

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(Passwords.problem("password1234")).isEqualTo("admin.password.common");
		assertThat(Passwords.problem("PassWord1234")).isEqualTo("admin.password.common");
		assertThat(Passwords.problem("woaini1314520")).isEqualTo("admin.password.common");
		assertThat(Passwords.problem("zzzzzzzzzzzzzz")).isEqualTo("admin.password.common");
	}

	@Test
	void shortOnesAreTooShortAndOthersAreFine() {
		assertThat(Passwords.problem("short")).isEqualTo("admin.password.tooShort");
		assertThat(Passwords.problem(null)).isEqualTo("admin.password.tooShort");
		assertThat(Passwords.problem("越州-lantern-47-river")).isNull();
		assertThat(Passwords.acceptable("test-password-1234")).isTrue();
	}

}
