package org.civicatlas.admin.user;

/**
 * ADMIN may do everything, including managing users; EDITOR edits and reviews content
 * only.
 */
public enum Role {

	ADMIN, EDITOR;

	/** The Spring Security authority this role grants. */
	public String authority() {
		return "ROLE_" + name();
	}

}
