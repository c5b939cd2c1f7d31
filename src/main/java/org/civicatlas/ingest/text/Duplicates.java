package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds paragraphs the page printed twice. The copy often carries a few wrong characters
 * in front (the extraction glued the end of a neighbouring column to it), so two
 * paragraphs are copies when one, without at most a few leading characters, stands inside
 * the other; the copy with the longer wrong prefix is dropped, and of two equal copies
 * the later one.
 */
final class Duplicates {

	/** How many leading characters a copy may have wrong. */
	private static final int WRONG_PREFIX = 8;

	/** Shorter paragraphs are too likely to repeat by chance (a slogan quoted twice). */
	private static final int MIN_LENGTH = 20;

	private Duplicates() {
	}

	static List<Paragraph> drop(List<Paragraph> paragraphs) {
		Set<Integer> dropped = new HashSet<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			for (int j = i + 1; j < paragraphs.size(); j++) {
				if (dropped.contains(i) || dropped.contains(j)) {
					continue;
				}
				String a = paragraphs.get(i).text();
				String b = paragraphs.get(j).text();
				OptionalInt aInB = wrongPrefix(a, b);
				OptionalInt bInA = wrongPrefix(b, a);
				if (aInB.isPresent() && bInA.isPresent()) {
					dropped.add(aInB.getAsInt() > bInA.getAsInt() ? i : j);
				}
				else if (aInB.isPresent()) {
					dropped.add(i);
				}
				else if (bInA.isPresent()) {
					dropped.add(j);
				}
			}
		}
		List<Paragraph> kept = new ArrayList<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			if (!dropped.contains(i)) {
				kept.add(paragraphs.get(i));
			}
		}
		return kept;
	}

	/**
	 * How many leading characters of {@code copy} must go for the rest to stand inside
	 * {@code original}.
	 */
	private static OptionalInt wrongPrefix(String copy, String original) {
		for (int prefix = 0; prefix <= WRONG_PREFIX && copy.length() - prefix >= MIN_LENGTH; prefix++) {
			if (original.contains(copy.substring(prefix))) {
				return OptionalInt.of(prefix);
			}
		}
		return OptionalInt.empty();
	}

}
