package org.civicatlas.admin.user;

/**
 * A change the rules forbid (a taken username, removing the last administrator…),
 * reported on a form field.
 */
public class UserRuleException extends RuntimeException {

	private final String field;

	private final String code;

	public UserRuleException(String field, String code) {
		super(code);
		this.field = field;
		this.code = code;
	}

	public String getField() {
		return field;
	}

	public String getCode() {
		return code;
	}

}
