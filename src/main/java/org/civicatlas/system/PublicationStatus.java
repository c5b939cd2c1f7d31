package org.civicatlas.system;

/**
 * Whether readers see a piece of content: drafts await review, hidden items were taken
 * down.
 */
public enum PublicationStatus {

	DRAFT, PUBLISHED, HIDDEN

}
