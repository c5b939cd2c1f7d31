package org.civicatlas.editing;

import java.util.List;

import org.civicatlas.system.BadRequestException;

/**
 * A request to a {@link WholeForm} that leaves out some of the form's fields: a 400,
 * nothing saved.
 */
public class IncompleteFormException extends BadRequestException {

	private final List<String> missing;

	IncompleteFormException(List<String> missing) {
		super("form fields missing from the request: " + String.join(", ", missing));
		this.missing = List.copyOf(missing);
	}

	/** The names of the fields the request left out, in the form record's order. */
	public List<String> missing() {
		return missing;
	}

}
