package org.civicatlas.ingest.metric;

/**
 * The verbatim words that state a figure: its sentence, or, when the sentence runs long,
 * the clause of the figure, widened by the shorter clause beside it until it can be read
 * on its own.
 */
final class QuoteCutter {

	/** A sentence longer than this is cut down to clauses. */
	private static final int MAX_SENTENCE = 60;

	/** Clauses are added until the quote is at least this long. */
	private static final int MIN_CLAUSES = 14;

	private static final String CLOSING = "”’」』";

	/**
	 * Marks a quote does not start with: the end of the speech before, a bracket closing.
	 */
	private static final String NOT_LEADING = "”’」』》）)";

	private QuoteCutter() {
	}

	/** The quote of {@code figure}, an exact substring of {@code text}. */
	static String quote(String text, NamesAndSpeech quotes, Figure figure) {
		int sentenceStart = Punctuation.sentenceStart(text, figure.numberStart());
		int sentenceEnd = Punctuation.sentenceEnd(text, figure.end());
		if (sentenceEnd < text.length()
				&& (CLOSING.indexOf(text.charAt(sentenceEnd)) >= 0 || quotes.closesAt(sentenceEnd))) {
			sentenceEnd++; // the quotation mark that closes the speech the sentence ends
		}
		int start = sentenceStart;
		int end = sentenceEnd;
		if (length(text, start, end) > MAX_SENTENCE) {
			start = Math.max(sentenceStart, Punctuation.clauseStart(text, figure.start()));
			end = Math.min(sentenceEnd, Punctuation.clauseEnd(text, figure.end()));
			while (length(text, start, end) < MIN_CLAUSES && (start > sentenceStart || end < sentenceEnd)) {
				int before = start > sentenceStart ? clauseBefore(text, start, sentenceStart) : start;
				int after = end < sentenceEnd ? clauseAfter(text, end, sentenceEnd) : end;
				if (after == end || before < start && length(text, before, start) <= length(text, end, after)) {
					start = before;
				}
				else {
					end = after;
				}
			}
		}
		while (start < figure.start() && (Character.isWhitespace(text.charAt(start))
				|| NOT_LEADING.indexOf(text.charAt(start)) >= 0 || quotes.closesAt(start))) {
			start++;
		}
		while (end > figure.end() && (Character.isWhitespace(text.charAt(end - 1)) || isComma(text.charAt(end - 1)))) {
			end--;
		}
		return text.substring(start, end);
	}

	/**
	 * Where the clause before the one starting at {@code start} starts, within the
	 * sentence.
	 */
	private static int clauseBefore(String text, int start, int sentenceStart) {
		return Math.max(sentenceStart, Punctuation.clauseStart(text, start - 1));
	}

	/** Where the clause after the one ending at {@code end} ends, within the sentence. */
	private static int clauseAfter(String text, int end, int sentenceEnd) {
		return Math.min(sentenceEnd, Punctuation.clauseEnd(text, end + 1));
	}

	/** A clause mark a quote does not end on (a sentence mark it keeps). */
	private static boolean isComma(char c) {
		return Punctuation.breaksClause(c) && !Punctuation.endsSentence(c);
	}

	/** Length without the spaces the layout leaves. */
	private static int length(String text, int start, int end) {
		return (int) text.substring(start, end).chars().filter(c -> !Character.isWhitespace(c)).count();
	}

}
