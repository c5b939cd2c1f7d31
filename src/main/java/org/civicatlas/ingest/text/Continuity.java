package org.civicatlas.ingest.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How well a line carries on the text before it. The extraction breaks lines inside words, so the
 * characters on either side of a true break usually form a word that the newspaper prints
 * elsewhere in one piece (儿童成长驿|站 — 驿站); and a line continuing an article shares its
 * vocabulary. Both are counted from text the model has seen: the page itself and the seed pages.
 */
public final class Continuity {

	private final Map<String, Integer> bigrams = new HashMap<>();

	public Continuity(Iterable<String> corpus) {
		for (String text : corpus) {
			for (String line : text.split("\n")) {
				String clean = TextCleaner.body(line);
				for (int i = 0; i + 2 <= clean.length(); i++) {
					bigrams.merge(clean.substring(i, i + 2), 1, Integer::sum);
				}
			}
		}
	}

	/** Higher is more likely: {@code line} continues {@code before}, the text of an article so far. */
	public double score(String before, String line) {
		String a = TextCleaner.body(before);
		String b = TextCleaner.body(line);
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		double junction = Math.log1p(bigrams.getOrDefault(a.substring(a.length() - 1) + b.charAt(0), 0));
		return 2 * junction + sharedVocabulary(a, b);
	}

	// Distinct three-character words of the line that the article already used.
	private static double sharedVocabulary(String article, String line) {
		Set<String> seen = new HashSet<>();
		int shared = 0;
		for (int i = 0; i + 3 <= line.length(); i++) {
			String trigram = line.substring(i, i + 3);
			if (isWord(trigram) && seen.add(trigram) && article.contains(trigram)) {
				shared++;
			}
		}
		return Math.log1p(shared);
	}

	private static boolean isWord(String text) {
		return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

}
