package org.civicatlas.ingest.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How well a line carries on the text before it. The extraction breaks lines inside
 * words, so the characters on either side of a true break usually form a word that the
 * newspaper prints elsewhere in one piece (儿童成长驿|站 — 驿站); and a line continuing an
 * article shares its vocabulary. Both are counted from text the model has seen: the page
 * itself and the seed pages.
 */
public final class Continuity {

	/**
	 * How often two characters must stand together in the corpus to be taken for (part
	 * of) a word.
	 */
	static final int WORD = 3;

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

	/**
	 * Higher is more likely: {@code line} (whose words are {@code lineWords}) continues
	 * an article whose text so far ends with {@code lastChar} and uses the
	 * three-character words {@code vocabulary}.
	 */
	public double score(char lastChar, Set<String> vocabulary, String line, Set<String> lineWords) {
		String b = TextCleaner.body(line);
		if (b.isEmpty()) {
			return 0;
		}
		double junction = Math.log1p(bigrams.getOrDefault(String.valueOf(lastChar) + b.charAt(0), 0));
		long shared = lineWords.stream().filter(vocabulary::contains).count();
		return 2 * junction + Math.log1p(shared);
	}

	/**
	 * Whether a word runs across the break between two lines: the last character of one
	 * and the first of the next are printed together often enough elsewhere (西|塘镇, 疫|情).
	 */
	public boolean wordAcross(String line, String nextLine) {
		String a = TextCleaner.body(line);
		String b = TextCleaner.body(nextLine);
		return !a.isEmpty() && !b.isEmpty()
				&& bigrams.getOrDefault(a.substring(a.length() - 1) + b.charAt(0), 0) >= WORD;
	}

	/**
	 * How often the last character of one line and the first of the next are printed
	 * together, on a log scale.
	 */
	public double junction(String line, String nextLine) {
		String a = TextCleaner.body(line);
		String b = TextCleaner.body(nextLine);
		return a.isEmpty() || b.isEmpty() ? 0
				: Math.log1p(bigrams.getOrDefault(a.substring(a.length() - 1) + b.charAt(0), 0));
	}

	/**
	 * How often {@code lastChar} and the first character of {@code line} are printed
	 * together.
	 */
	int pair(char lastChar, String line) {
		String b = TextCleaner.body(line);
		return b.isEmpty() ? 0 : bigrams.getOrDefault(String.valueOf(lastChar) + b.charAt(0), 0);
	}

	/** The distinct three-character words (Chinese characters only) of a text. */
	public static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (int i = 0; i + 3 <= text.length(); i++) {
			String trigram = text.substring(i, i + 3);
			if (trigram.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				words.add(trigram);
			}
		}
		return words;
	}

}
