package org.civicatlas.admin.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.civicatlas.system.EditableEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * Someone who signs in to the admin side. The password is kept only as a hash; a password
 * that an administrator set or generated must be changed at the next sign-in.
 */
@Entity
@Audited
@Table(name = "app_user")
public class AppUser extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false, length = 60)
	private String username;

	// a hash in the history would only help someone guess old passwords
	@NotAudited
	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Role role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	protected AppUser() {
	}

	public AppUser(String username, String passwordHash, Role role, boolean mustChangePassword) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.mustChangePassword = mustChangePassword;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public void changeAccess(Role role, boolean enabled) {
		this.role = role;
		this.enabled = enabled;
	}

	/** A password the user chose themselves. */
	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	/**
	 * A password an administrator set or generated: the user must replace it at the next
	 * sign-in.
	 */
	public void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
	}

}
