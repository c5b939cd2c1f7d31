package org.civicatlas.ingest.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the page's body lines to recognise a line the page prints again: the whole
 * line, its start or its end, after at most a few wrong leading characters (the
 * extraction glued the end of a neighbouring column to the copy). Lines are looked up by
 * their first and last characters, so the work stays linear in the page.
 *
 * @param <T> what a line is remembered with (the article it went to)
 */
final class Repeats<T> {

	/** How many leading characters a copy may have wrong. */
	private static final int WRONG_PREFIX = 8;

	/** Shorter lines repeat by chance (a slogan quoted twice). */
	private static final int MIN_LENGTH = 20;

	private final Map<String, Seen<T>> byStart = new HashMap<>();

	private final Map<String, Seen<T>> byEnd = new HashMap<>();

	private record Seen<T>(String text, T owner) {
	}

	/** What the line this one repeats was remembered with; empty when it repeats none. */
	Optional<T> original(String text) {
		if (text.length() < MIN_LENGTH) {
			return Optional.empty();
		}
		Seen<T> sameEnd = byEnd.get(text.substring(text.length() - MIN_LENGTH));
		for (int prefix = 0; prefix <= WRONG_PREFIX && text.length() - prefix >= MIN_LENGTH; prefix++) {
			String copy = text.substring(prefix);
			Seen<T> sameStart = byStart.get(copy.substring(0, MIN_LENGTH));
			for (Seen<T> seen : new Seen[] { sameEnd, sameStart }) {
				if (seen != null && (seen.text().startsWith(copy) || seen.text().endsWith(copy))) {
					return Optional.of(seen.owner());
				}
			}
		}
		return Optional.empty();
	}

	void remember(String text, T owner) {
		if (text.length() >= MIN_LENGTH) {
			byStart.putIfAbsent(text.substring(0, MIN_LENGTH), new Seen<>(text, owner));
			byEnd.putIfAbsent(text.substring(text.length() - MIN_LENGTH), new Seen<>(text, owner));
		}
	}

}
