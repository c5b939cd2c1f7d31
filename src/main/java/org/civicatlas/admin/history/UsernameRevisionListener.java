package org.civicatlas.admin.history;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in user's name. Changes made outside a signed-in
 * request (start-up tasks such as creating the first administrator) are stamped
 * {@code system}.
 */
public class UsernameRevisionListener implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revisionEntity) {
		((Revision) revisionEntity).setUsername(currentUsername());
	}

	static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
