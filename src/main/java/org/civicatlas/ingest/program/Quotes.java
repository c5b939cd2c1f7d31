package org.civicatlas.ingest.program;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Finds quotations in a paragraph. The pages mix typographic quotes (“…”, ‘…’) with ASCII
 * ones ("…", '…'), nest them, and the extraction sometimes printed a pair half ASCII,
 * half typographic ('一庭园三基地"), so quotes are paired with a stack: a closing mark closes
 * the nearest opening mark it can pair with, and an ASCII mark closes when one of its
 * kind is open, else it opens.
 */
final class Quotes {

	/**
	 * A quotation: the marks are at {@code open} and {@code close}; the content lies
	 * between.
	 */
	record Span(int open, int close) {

		String content(String text) {
			return text.substring(open + 1, close);
		}

	}

	private Quotes() {
	}

	/** Every quotation of the text, inner ones included, ordered by opening mark. */
	static List<Span> in(String text) {
		Deque<Integer> open = new ArrayDeque<>();
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '“', '‘', '「', '『' -> open.push(i);
				case '”' -> close(text, open, spans, i, "“\"'");
				case '’' -> close(text, open, spans, i, "‘'");
				case '」' -> close(text, open, spans, i, "「");
				case '』' -> close(text, open, spans, i, "『");
				case '"' -> {
					// a double mark also ends a pair opened by a single one: '一庭园三基地"
					if (!close(text, open, spans, i, "\"") && !(!open.isEmpty() && text.charAt(open.peek()) == '\''
							&& close(text, open, spans, i, "'"))) {
						open.push(i);
					}
				}
				case '\'' -> {
					if (!close(text, open, spans, i, "'")) {
						open.push(i);
					}
				}
				default -> {
				}
			}
		}
		spans.sort(Comparator.comparingInt(Span::open));
		return spans;
	}

	/**
	 * Closes the nearest open mark among {@code openers}, dropping marks opened after it
	 * (they were stray). Returns false, changing nothing, when none is open.
	 */
	private static boolean close(String text, Deque<Integer> open, List<Span> spans, int at, String openers) {
		Iterator<Integer> it = open.iterator();
		while (it.hasNext()) {
			int candidate = it.next();
			if (openers.indexOf(text.charAt(candidate)) >= 0) {
				while (open.peek() != candidate) {
					open.pop();
				}
				open.pop();
				spans.add(new Span(candidate, at));
				return true;
			}
		}
		return false;
	}

}
