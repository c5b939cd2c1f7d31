package org.civicatlas.portal.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What a visitor typed, cut into terms: runs of searchable characters (see
 * {@link Folding}), so {@code 乡贤 调解} and {@code 乡贤，调解} are both the terms 乡贤 and 调解.
 * Every term must match. A query longer than {@value #MAX_LENGTH} characters is cut to
 * that length rather than refused: a pasted sentence still finds something, and the page
 * says it was shortened.
 *
 * @param text the query as shown back to the visitor (stripped, perhaps shortened)
 * @param shortened whether the visitor's query was longer than {@value #MAX_LENGTH}
 * characters
 * @param terms the folded terms, each once, in the order typed
 * @param alsoMarked words marked in the results besides the terms: the English or pinyin
 * words a translated query was typed as ({@link Synonyms}), so that "Beihai" stays marked
 * in "Beihai Subdistrict"
 */
record SearchQuery(String text, boolean shortened, List<String> terms, List<String> alsoMarked) {

	static final int MAX_LENGTH = 100;

	static SearchQuery parse(String raw) {
		String text = raw == null ? "" : raw.strip();
		boolean shortened = text.codePointCount(0, text.length()) > MAX_LENGTH;
		if (shortened) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		return new SearchQuery(text, shortened, terms(text), List.of());
	}

	/**
	 * The query searched as {@code chinese}, the Chinese words this query's English words
	 * stand for.
	 */
	SearchQuery translatedTo(String chinese) {
		SearchQuery translated = parse(chinese);
		return new SearchQuery(translated.text(), shortened, translated.terms(), terms);
	}

	/** Nothing to search for: no query, or one without a single searchable character. */
	public boolean isBlank() {
		return terms.isEmpty();
	}

	/**
	 * The query in PostgreSQL's {@code tsquery} syntax, matching what
	 * {@code search_bigrams} indexes: a term of two or more characters is the phrase of
	 * its bigrams ({@code '共富' <-> '富工' <-> '工坊'}); a single character is a prefix of a
	 * bigram or a run's last character ({@code '贤':*}). Terms only hold letters, digits
	 * and ideographs, so quoting needs no escaping.
	 */
	String tsquery() {
		StringJoiner query = new StringJoiner(" & ");
		for (String term : terms) {
			int[] chars = term.codePoints().toArray();
			if (chars.length == 1) {
				query.add("'" + term + "':*");
				continue;
			}
			StringJoiner phrase = new StringJoiner(" <-> ", "(", ")");
			for (int i = 0; i + 1 < chars.length; i++) {
				phrase.add("'" + Character.toString(chars[i]) + Character.toString(chars[i + 1]) + "'");
			}
			query.add(phrase.toString());
		}
		return query.toString();
	}

	private static List<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		StringBuilder term = new StringBuilder();
		for (int folded : Folding.fold(text)) {
			if (folded == Folding.SEPARATOR) {
				addTo(terms, term);
			}
			else {
				term.appendCodePoint(folded);
			}
		}
		addTo(terms, term);
		return List.copyOf(terms);
	}

	private static void addTo(Set<String> terms, StringBuilder term) {
		if (!term.isEmpty()) {
			terms.add(term.toString());
			term.setLength(0);
		}
	}

}
