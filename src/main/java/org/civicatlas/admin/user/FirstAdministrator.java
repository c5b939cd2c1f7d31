package org.civicatlas.admin.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can sign in to a new installation, without a default password. When
 * no administrator exists, {@code ATLAS_ADMIN_USER}/{@code ATLAS_ADMIN_PASSWORD} name the
 * first one; without them an {@code admin} is created with a random one-time password,
 * written once to the log, that must be changed at the first sign-in.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	static final String DEFAULT_USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AppUserRepository users;

	private final Passwords passwords;

	private final String username;

	private final String password;

	FirstAdministrator(AppUserRepository users, Passwords passwords, @Value("${atlas.admin.user:}") String username,
			@Value("${atlas.admin.password:}") String password) {
		this.users = users;
		this.passwords = passwords;
		this.username = username.trim();
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.existsByRole(Role.ADMIN)) {
			return;
		}
		if (StringUtils.hasText(username) && StringUtils.hasText(password)) {
			if (!Passwords.acceptable(password)) {
				throw new IllegalStateException("ATLAS_ADMIN_PASSWORD must have at least " + Passwords.MIN_LENGTH
						+ " characters and not be a common password");
			}
			users.save(new AppUser(username, passwords.hash(password), Role.ADMIN, false));
			log.info("Created the first administrator '{}' from ATLAS_ADMIN_USER", username);
			return;
		}
		String oneTime = passwords.generate();
		users.save(new AppUser(DEFAULT_USERNAME, passwords.hash(oneTime), Role.ADMIN, true));
		log.warn(
				"No administrator existed: created user '{}' with the one-time password {} "
						+ "(shown only now; it must be changed at the first sign-in at /admin)",
				DEFAULT_USERNAME, oneTime);
	}

}
