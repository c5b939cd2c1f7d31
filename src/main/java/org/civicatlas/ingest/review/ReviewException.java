package org.civicatlas.ingest.review;

import java.util.List;

/**
 * A review decision that cannot be made now, with the message key (i18n/ingest) that says
 * why.
 */
class ReviewException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	ReviewException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.toArray();
	}

}
