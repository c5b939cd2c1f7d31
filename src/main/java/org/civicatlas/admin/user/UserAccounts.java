package org.civicatlas.admin.user;

import java.util.List;

import org.civicatlas.editing.StaleEditException;
import org.civicatlas.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Creating and changing users, with the rules that keep the portal administrable. */
@Service
public class UserAccounts {

	/**
	 * A user just created or given a new password, with that password when it was
	 * generated.
	 */
	record Created(UserView user, String generatedPassword) {
	}

	private final AppUserRepository users;

	private final Passwords passwords;

	private final ApplicationEventPublisher events;

	UserAccounts(AppUserRepository users, Passwords passwords, ApplicationEventPublisher events) {
		this.users = users;
		this.passwords = passwords;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<UserView> list() {
		return users.findAllByOrderByUsername().stream().map(UserView::of).toList();
	}

	@Transactional(readOnly = true)
	UserView find(long id) {
		return UserView.of(load(id));
	}

	@Transactional
	Created create(NewUserForm form) {
		if (users.existsByUsernameIgnoreCase(form.username())) {
			throw new UserRuleException("username", "admin.user.username.taken");
		}
		boolean generate = !StringUtils.hasLength(form.password());
		if (!generate && !Passwords.acceptable(form.password())) {
			throw new UserRuleException("password", Passwords.problem(form.password()));
		}
		String password = generate ? passwords.generate() : form.password();
		AppUser user = users.save(new AppUser(form.username(), passwords.hash(password), form.role(), true));
		return new Created(UserView.of(user), generate ? password : null);
	}

	/**
	 * Changes role and access. A form loaded before someone else's save fails with the
	 * current state rather than overwriting it; nobody can lock themselves out or remove
	 * the last administrator.
	 */
	@Transactional
	UserView update(long id, UserAccessForm form, String signedInUsername) {
		AppUser user = load(id);
		StaleEditException.check("User " + id, form.version(), user.getVersion());
		boolean self = user.getUsername().equalsIgnoreCase(signedInUsername);
		if (self && user.getRole() == Role.ADMIN && form.role() != Role.ADMIN) {
			throw new UserRuleException("role", "admin.user.role.self");
		}
		if (self && !form.enabled()) {
			throw new UserRuleException("enabled", "admin.user.enabled.self");
		}
		user.changeAccess(form.role(), form.enabled());
		users.flush();
		requireAnAdministrator();
		if (!form.enabled()) {
			events.publishEvent(new UserSessions.AccessRevoked(user.getUsername()));
		}
		return UserView.of(user);
	}

	@Transactional
	Created resetPassword(long id, long version) {
		AppUser user = load(id);
		StaleEditException.check("User " + id, version, user.getVersion());
		String password = passwords.generate();
		user.resetPassword(passwords.hash(password));
		events.publishEvent(new UserSessions.AccessRevoked(user.getUsername()));
		return new Created(UserView.of(users.saveAndFlush(user)), password);
	}

	/**
	 * The signed-in user replaces their own password (the current one proves it is them);
	 * returns their role.
	 */
	@Transactional
	public Role changeOwnPassword(String username, String currentPassword, String newPassword) {
		AppUser user = users.findByUsernameIgnoreCase(username).orElseThrow(() -> new NotFoundException("User"));
		if (!passwords.matches(currentPassword, user.getPasswordHash())) {
			throw new UserRuleException("currentPassword", "admin.password.currentWrong");
		}
		if (!Passwords.acceptable(newPassword)) {
			throw new UserRuleException("newPassword", Passwords.problem(newPassword));
		}
		if (newPassword.equals(currentPassword)) {
			throw new UserRuleException("newPassword", "admin.password.unchanged");
		}
		user.changePassword(passwords.hash(newPassword));
		return user.getRole();
	}

	/**
	 * Called inside a transaction that changed users: rolls it back when no enabled
	 * administrator is left.
	 */
	public void requireAnAdministrator() {
		if (users.countByRoleAndEnabledTrue(Role.ADMIN) == 0) {
			throw new UserRuleException("role", "admin.user.lastAdmin");
		}
	}

	private AppUser load(long id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
	}

}
