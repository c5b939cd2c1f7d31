package org.civicatlas.admin.history;

/** A revert that would break a rule; {@code code} is the message key that says which. */
class RevertRefusedException extends RuntimeException {

	private final String code;

	RevertRefusedException(String code) {
		super("Revert refused: " + code);
		this.code = code;
	}

	String getCode() {
		return code;
	}

}
