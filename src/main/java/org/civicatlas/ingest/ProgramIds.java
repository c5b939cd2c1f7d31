package org.civicatlas.ingest;

import java.util.List;
import java.util.Map;

/**
 * The stored ids of a page's programs, in the page model's order
 * ({@link PageWriter#programIds}). While a page is in review a program that is not a
 * draft does not change: the names the page would add to its aliases wait in
 * {@code waiting}, by program id, and so do the drafts' links to it
 * ({@link PageWriter#link}), until the page is published.
 */
public record ProgramIds(List<Long> ids, Map<Long, List<String>> waiting) {

	public ProgramIds {
		ids = List.copyOf(ids);
		waiting = Map.copyOf(waiting);
	}

	boolean waits(long programId) {
		return waiting.containsKey(programId);
	}

}
