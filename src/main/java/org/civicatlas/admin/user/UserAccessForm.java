package org.civicatlas.admin.user;

import jakarta.validation.constraints.NotNull;

/** What an administrator changes on an existing user: role and whether it may sign in. */
record UserAccessForm(@NotNull(message = "{admin.user.role.required}") Role role, boolean enabled, Long version) {

	static UserAccessForm of(UserView user) {
		return new UserAccessForm(user.role(), user.enabled(), user.version());
	}

	UserAccessForm withVersion(long current) {
		return new UserAccessForm(role, enabled, current);
	}

}
