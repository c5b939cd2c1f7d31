package org.civicatlas.editing;

import org.springframework.http.HttpStatus;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.server.ResponseStatusException;

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
	/**
	 * A form record that could not be built, because a component it cannot do without (a {@code long})
	 * came with a value of the wrong kind ({@code articleId=NaN}), is a 400: no browser sends that
	 * with our forms, and there is no form to show the field errors in.
	 */
	public static void requireBuilt(Object form) {
		if (form == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "form fields of the wrong kind");
		}
	}

	public static void bindDeclaratively(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix(CODE_PREFIX);
		binder.setMessageCodesResolver(codes);
	}

}
