package org.civicatlas.admin.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new user; an empty password means "generate one" (shown once). */
record NewUserForm(
		@NotNull(message = "{admin.user.username.required}") @Pattern(regexp = "[A-Za-z0-9._-]{3,60}",
				message = "{admin.user.username.pattern}") String username,
		@NotNull(message = "{admin.user.role.required}") Role role,
		@Size(max = 200, message = "{admin.password.tooLong}") String password) {

	static NewUserForm empty() {
		return new NewUserForm("", Role.EDITOR, "");
	}

}
