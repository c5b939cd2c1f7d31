package org.civicatlas.admin.user;

/** The user was changed by someone else since the form was loaded; carries what is saved now. */
class StaleUserException extends RuntimeException {

	private final UserView current;

	StaleUserException(UserView current) {
		super("User " + current.id() + " changed meanwhile");
		this.current = current;
	}

	UserView getCurrent() {
		return current;
	}

}
