package org.civicatlas.ingest;

import java.util.List;

/**
 * A page that cannot be imported, with a reason a person can act on. The message key and
 * its arguments are resolved from the message bundles where the error is shown; the
 * message itself is the English text for logs and for Flyway, which has no bundles.
 */
public class IngestException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public IngestException(String messageKey, String message, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.toArray();
	}

}
