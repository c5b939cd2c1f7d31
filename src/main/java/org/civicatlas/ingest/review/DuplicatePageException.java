package org.civicatlas.ingest.review;

/** An upload whose bytes are those of a page already stored (same sha256). */
class DuplicatePageException extends RuntimeException {

	private final long existingPageId;

	DuplicatePageException(long existingPageId) {
		super("The page is already stored as page " + existingPageId);
		this.existingPageId = existingPageId;
	}

	long existingPageId() {
		return existingPageId;
	}

}
