package org.civicatlas.portal.places;

import org.civicatlas.system.BadRequestException;

/**
 * Whether a place page shows what is attached to the place itself or also to every place
 * below it.
 */
enum Scope {

	SELF, ALL;

	/**
	 * {@code ?scope=self|all}, {@code all} when absent; any other value is a bad request.
	 */
	static Scope parse(String value) {
		if (value == null) {
			return ALL;
		}
		for (Scope scope : values()) {
			if (scope.param().equals(value)) {
				return scope;
			}
		}
		throw new BadRequestException("Unknown scope");
	}

	public String param() {
		return name().toLowerCase();
	}

}
