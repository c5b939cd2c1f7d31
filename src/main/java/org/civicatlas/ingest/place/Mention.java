package org.civicatlas.ingest.place;

import java.util.List;

/**
 * One name found in an article: where it stands in the compacted text and the places it
 * may still stand for. The matcher narrows {@link #candidates} as evidence comes in; a
 * mention is resolved when one is left.
 */
final class Mention {

	final int start;

	final int end;

	/** What the name needs, besides itself, to count. */
	final NameDictionary.Support support;

	/**
	 * The mention printed right before this one when it names a higher level (越城区 before
	 * 北海街道).
	 */
	Mention parent;

	private List<Place> candidates;

	Mention(int start, int end, NameDictionary.Entry entry) {
		this.start = start;
		this.end = end;
		this.support = entry.support();
		this.candidates = entry.places();
	}

	List<Place> candidates() {
		return candidates;
	}

	void narrowTo(List<Place> remaining) {
		candidates = List.copyOf(remaining);
	}

	Place.Level level() {
		return candidates.get(0).level();
	}

	boolean isResolved() {
		return candidates.size() == 1;
	}

	/** The one place meant; only for a resolved mention. */
	Place place() {
		if (!isResolved()) {
			throw new IllegalStateException("Unresolved mention at " + start);
		}
		return candidates.get(0);
	}

}
