package org.civicatlas.ingest.metric;

/**
 * Where a label comes from when the words around a figure name nothing readable: a
 * generation word is stepped over (4名90后青年), a lone verb after a connective takes the
 * clause's subject, and a clause that names nothing takes the clause before it.
 */
final class LabelFallbacks {

	/** 这, 该 or 此 and a measure word opening a subject: they point, they name nothing. */
	private static final String POINTER = "^[这该此][个份项类批]?";

	/**
	 * 80后, 00后: a generation describes the people counted (4名90后青年), it is no number of
	 * its own; the length of such a word at {@code at}, or 0.
	 */
	static int generation(String text, int at) {
		boolean twoDigits = at + 2 < text.length() && Character.isDigit(text.charAt(at))
				&& Character.isDigit(text.charAt(at + 1));
		return twoDigits && text.charAt(at + 2) == '后' && (at == 0 || !Character.isDigit(text.charAt(at - 1))) ? 3 : 0;
	}

	/**
	 * 这份“承诺书”累计签订3000份 → “承诺书”签订: when the words after the connective are a lone verb,
	 * what is counted is the clause's subject before the connective (without 这, 该).
	 */
	static String subjectAndVerb(String text, int end) {
		String clause = LabelFinder.compact(text.substring(Punctuation.clauseStart(text, end), end));
		for (String word : LabelWords.CONNECTIVES) {
			int at = clause.lastIndexOf(word);
			if (at > 0 && LabelWords.isConnectiveAt(clause, at, word)) {
				return clause.substring(0, at).replaceFirst(POINTER, "") + clause.substring(at + word.length());
			}
		}
		return null;
	}

	/**
	 * 双方约谈,15天内就… → 双方约谈: a figure whose own clause names nothing measures what the
	 * clause before it did.
	 */
	static String previousClause(String text, int end) {
		int start = Punctuation.clauseStart(text, end);
		if (start < 2 || Punctuation.endsSentence(text.charAt(start - 1))) {
			return null;
		}
		int from = Punctuation.clauseStart(text, start - 1);
		return LabelFinder.stripTrailing(
				LabelFinder.withoutLeading(LabelFinder.compact(text.substring(from, start - 1)), LabelWords.LEADING));
	}

	private LabelFallbacks() {
	}

}
