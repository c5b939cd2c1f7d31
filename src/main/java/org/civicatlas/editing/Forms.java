package org.civicatlas.editing;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;

/** How every editing form binds its request parameters. */
public final class Forms {

	/**
	 * Error codes are looked up with this prefix first, so that the shared ones live in
	 * the editing bundle.
	 */
	private static final String CODE_PREFIX = "editing.";

	private static final MessageCodesResolver CODES = new EditingFirst();

	private Forms() {
	}

	/**
	 * Binds a form record through its constructor only: a request can set the record's
	 * components and nothing else (Spring ignores {@code setAllowedFields} for
	 * constructor binding, so the record itself is the list of allowed fields). Binding
	 * and rule errors resolve as {@code editing.<code>} ({@code editing.typeMismatch}, or
	 * {@code editing.place.unknownTownship} for
	 * {@code errors.rejectValue(field, "place.unknownTownship")}), then as the code
	 * itself, so that a feature's own rule ({@code admin.user.username.taken}) resolves
	 * in its own bundle.
	 */
	public static void bindDeclaratively(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
		binder.setMessageCodesResolver(CODES);
	}

	/** Spring's codes with the editing prefix, followed by the same codes without it. */
	private static final class EditingFirst implements MessageCodesResolver {

		private final DefaultMessageCodesResolver prefixed = new DefaultMessageCodesResolver();

		private final DefaultMessageCodesResolver plain = new DefaultMessageCodesResolver();

		private EditingFirst() {
			prefixed.setPrefix(CODE_PREFIX);
		}

		@Override
		public String[] resolveMessageCodes(String errorCode, String objectName) {
			return both(prefixed.resolveMessageCodes(errorCode, objectName),
					plain.resolveMessageCodes(errorCode, objectName));
		}

		@Override
		public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
			return both(prefixed.resolveMessageCodes(errorCode, objectName, field, fieldType),
					plain.resolveMessageCodes(errorCode, objectName, field, fieldType));
		}

		private static String[] both(String[] first, String[] then) {
			return Stream.concat(Arrays.stream(first), Arrays.stream(then)).toArray(String[]::new);
		}

	}

}
