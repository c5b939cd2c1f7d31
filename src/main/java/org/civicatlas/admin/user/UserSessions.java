package org.civicatlas.admin.user;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every open session of a user whose access was taken away (disabled, or given a new
 * password by an administrator), once that change is committed: the sessions live in
 * PostgreSQL, so this ends them on every instance of the portal, and the next request of
 * that browser is anonymous.
 */
@Component
class UserSessions {

	/** Published inside the transaction that disabled a user or reset their password. */
	record AccessRevoked(String username) {
	}

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void endAll(AccessRevoked revoked) {
		sessions.findByPrincipalName(revoked.username()).keySet().forEach(sessions::deleteById);
	}

}
