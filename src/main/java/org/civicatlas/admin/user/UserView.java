package org.civicatlas.admin.user;

/** A user as the admin pages show it; never the password hash. */
record UserView(long id, String username, Role role, boolean enabled, boolean mustChangePassword, long version) {

	static UserView of(AppUser user) {
		return new UserView(user.getId(), user.getUsername(), user.getRole(), user.isEnabled(),
				user.isMustChangePassword(), user.getVersion());
	}

}
