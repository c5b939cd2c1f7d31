package org.civicatlas.editing;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;

/** How every editing form binds its request parameters. */
public final class Forms {

	/** Error codes are looked up with this prefix, so that they live in the editing bundle. */
	private static final String CODE_PREFIX = "editing.";

	private Forms() {
	}

	/**
	 * Binds a form record through its constructor only: a request can set the record's components
	 * and nothing else (Spring ignores {@code setAllowedFields} for constructor binding, so the
	 * record itself is the list of allowed fields). Binding and rule errors resolve as
	 * {@code editing.<code>}: {@code editing.typeMismatch}, or {@code editing.place.unknownTownship}
	 * for {@code errors.rejectValue(field, "place.unknownTownship")}.
	 */
	public static void bindDeclaratively(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix(CODE_PREFIX);
		binder.setMessageCodesResolver(codes);
	}

}
