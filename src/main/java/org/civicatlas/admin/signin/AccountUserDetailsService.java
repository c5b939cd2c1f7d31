package org.civicatlas.admin.signin;

import java.util.ArrayList;
import java.util.List;

import org.civicatlas.admin.user.AppUser;
import org.civicatlas.admin.user.AppUserRepository;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users come from {@code app_user}; a user with a one-time password also gets
 * {@link #PASSWORD_EXPIRED}.
 */
class AccountUserDetailsService implements UserDetailsService {

	/**
	 * Held until the user replaces a password an administrator set; the admin pages ask
	 * for a new one first.
	 */
	static final String PASSWORD_EXPIRED = "PASSWORD_EXPIRED";

	private final AppUserRepository users;

	AccountUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = users.findByUsernameIgnoreCase(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.disabled(!user.isEnabled())
			.authorities(authorities(user))
			.build();
	}

	static List<GrantedAuthority> authorities(AppUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(user.getRole().authority()));
		if (user.isMustChangePassword()) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_EXPIRED));
		}
		return authorities;
	}

}
