package org.civicatlas.admin.history;

/** The record changed after the history page was loaded: the revert is not applied. */
class RevertConflictException extends RuntimeException {

	RevertConflictException() {
		super("Record changed since the history page was loaded");
	}

}
