package org.civicatlas.ingest.metric;

/**
 * The marks that bound sentences and clauses. The pages mix full-width and ASCII
 * punctuation ({@code 32条,现场}), so both count.
 */
final class Punctuation {

	private static final String SENTENCE_ENDS = "。！？；!?;\n";

	private static final String CLAUSE_BREAKS = "，,、：:";

	/**
	 * Marks that also end the phrase a label is read from: brackets, dashes and quotation
	 * marks (a quoted name inside a label is stepped over as a whole, see
	 * {@link NamesAndSpeech}).
	 */
	private static final String PHRASE_BREAKS = "（）()【】[]—…·/“”‘’「」『』《》〈〉\"'";

	private Punctuation() {
	}

	static boolean endsSentence(char c) {
		return SENTENCE_ENDS.indexOf(c) >= 0;
	}

	/** A comma, enumeration comma or colon, or the end of a sentence. */
	static boolean breaksClause(char c) {
		return CLAUSE_BREAKS.indexOf(c) >= 0 || endsSentence(c);
	}

	static boolean breaksPhrase(char c) {
		return breaksClause(c) || PHRASE_BREAKS.indexOf(c) >= 0;
	}

	/** Start of the sentence {@code at} stands in. */
	static int sentenceStart(CharSequence text, int at) {
		int i = Math.min(at, text.length());
		while (i > 0 && !endsSentence(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	/**
	 * End of the sentence {@code at} stands in, after its closing mark when there is one.
	 */
	static int sentenceEnd(CharSequence text, int at) {
		int i = at;
		while (i < text.length() && !endsSentence(text.charAt(i))) {
			i++;
		}
		return i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
	}

	/** Start of the clause {@code at} stands in. */
	static int clauseStart(CharSequence text, int at) {
		int i = Math.min(at, text.length());
		while (i > 0 && !breaksClause(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	/** End of the clause {@code at} stands in, before its closing mark. */
	static int clauseEnd(CharSequence text, int at) {
		int i = at;
		while (i < text.length() && !breaksClause(text.charAt(i))) {
			i++;
		}
		return i;
	}

}
