package org.civicatlas.editing;

/**
 * A save based on a version of a record that is no longer the current one: someone else
 * saved in the meantime. The controller answers with the conflict view instead of
 * overwriting.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String what, long submitted, long current) {
		super(what + " was edited meanwhile: version " + submitted + " submitted, " + current + " current");
	}

	/** Throws when the submitted version is not the current one. */
	public static void check(String what, Long submitted, long current) {
		if (submitted == null || submitted != current) {
			throw new StaleEditException(what, submitted == null ? -1 : submitted, current);
		}
	}

}
