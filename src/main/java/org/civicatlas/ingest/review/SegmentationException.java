package org.civicatlas.ingest.review;

/**
 * A repair step that breaks a rule (splitting a draft at its first line, merging a draft
 * into itself, a line that is not on the page): the form shows the message beside the
 * field.
 */
class SegmentationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	SegmentationException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}
