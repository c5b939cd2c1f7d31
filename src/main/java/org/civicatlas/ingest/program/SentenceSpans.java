package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civicatlas.ingest.text.Quotes;

/**
 * Where the sentences and clauses of a paragraph begin and end. A closing quotation mark
 * right after a full stop belongs to the sentence it closes (……实惠。”), which only the
 * quote pairing can tell for the ASCII marks the pages also use.
 */
final class SentenceSpans {

	private static final String TERMINAL = "。！？!?；;";

	private static final String CLAUSE = "，,；;：:";

	/** A half-open range of a paragraph's characters. */
	record Range(int start, int end) {

		boolean contains(int offset) {
			return offset >= start && offset < end;
		}

		String of(String text) {
			return text.substring(start, end);
		}

	}

	private SentenceSpans() {
	}

	static List<Range> sentences(String text) {
		Set<Integer> closers = new HashSet<>();
		for (Quotes.Span span : Quotes.in(text)) {
			closers.add(span.close());
		}
		List<Range> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (TERMINAL.indexOf(text.charAt(i)) < 0) {
				continue;
			}
			int end = i + 1;
			while (end < text.length() && closers.contains(end)) {
				end++;
			}
			sentences.add(new Range(start, end));
			start = end;
			i = end - 1;
		}
		if (start < text.length()) {
			sentences.add(new Range(start, text.length()));
		}
		return sentences;
	}

	static Range sentenceAt(String text, int offset) {
		for (Range sentence : sentences(text)) {
			if (sentence.contains(offset)) {
				return sentence;
			}
		}
		return new Range(0, text.length());
	}

	/** The clause of the sentence that holds the offset. */
	static Range clauseAt(String text, Range sentence, int offset) {
		int start = sentence.start();
		int end = sentence.end();
		for (int clauseEnd : clauseEnds(text, sentence)) {
			if (clauseEnd <= offset) {
				start = clauseEnd;
			}
			else if (clauseEnd < end) {
				end = clauseEnd;
			}
		}
		return new Range(start, end);
	}

	/**
	 * Offsets just after each clause mark of the range, so each one may end a shortened
	 * text; marks inside a quotation do not count, a cut there would leave the quotation
	 * open.
	 */
	static List<Integer> clauseEnds(String text, Range range) {
		List<Quotes.Span> quotes = Quotes.in(text);
		List<Integer> ends = new ArrayList<>();
		for (int i = range.start(); i < range.end(); i++) {
			if (CLAUSE.indexOf(text.charAt(i)) >= 0 && !quoted(quotes, i)) {
				ends.add(i + 1);
			}
		}
		return ends;
	}

	private static boolean quoted(List<Quotes.Span> quotes, int offset) {
		return quotes.stream().anyMatch(q -> offset > q.open() && offset < q.close());
	}

}
