package org.civicatlas.admin.signin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The signed-in user's own new password, typed twice. */
record PasswordForm(@NotEmpty(message = "{admin.password.currentRequired}") String currentPassword,
		@NotEmpty(message = "{admin.password.newRequired}") @Size(max = 200,
				message = "{admin.password.tooLong}") String newPassword,
		String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	boolean confirmed() {
		return newPassword != null && newPassword.equals(confirmation);
	}

}
