package org.civicatlas.ingest.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Finds quotations in a paragraph: the one scanner of the pipeline (program names, and
 * figures inside quoted names). The pages mix typographic quotes (“…”, ‘…’, 「…」, 『…』,
 * titles 《…》 and 〈…〉) with ASCII ones ("…", '…'), nest them, and the extraction sometimes
 * printed a pair half ASCII, half typographic ('一庭园三基地"), so quotes are paired with a
 * stack: a closing mark closes the nearest opening mark it can pair with, and an ASCII
 * mark closes when one of its kind is open, else it opens. An ASCII apostrophe between
 * Latin letters (village's) is no quotation mark.
 */
public final class Quotes {

	/**
	 * A quotation: the marks are at {@code open} and {@code close}; the content lies
	 * between.
	 */
	public record Span(int open, int close) {

		public String content(String text) {
			return text.substring(open + 1, close);
		}

		/** Whether {@code at} lies between the marks. */
		public boolean contains(int at) {
			return open < at && at < close;
		}

		/** Whether the marks are those of a title (《…》 or 〈…〉). */
		public boolean title(CharSequence text) {
			return text.charAt(open) == '《' || text.charAt(open) == '〈';
		}

	}

	private Quotes() {
	}

	/** Every quotation of the text, inner ones included, ordered by opening mark. */
	public static List<Span> in(CharSequence text) {
		Deque<Integer> open = new ArrayDeque<>();
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '“', '‘', '「', '『', '《', '〈' -> open.push(i);
				case '”' -> close(text, open, spans, i, "“\"'");
				case '’' -> close(text, open, spans, i, "‘'");
				case '」' -> close(text, open, spans, i, "「");
				case '』' -> close(text, open, spans, i, "『");
				case '》' -> close(text, open, spans, i, "《");
				case '〉' -> close(text, open, spans, i, "〈");
				case '"' -> {
					// a double mark also ends a pair opened by a single one: '一庭园三基地"
					if (!close(text, open, spans, i, "\"") && !(!open.isEmpty() && text.charAt(open.peek()) == '\''
							&& close(text, open, spans, i, "'"))) {
						open.push(i);
					}
				}
				case '\'' -> {
					if (!apostrophe(text, i) && !close(text, open, spans, i, "'")) {
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
	private static boolean close(CharSequence text, Deque<Integer> open, List<Span> spans, int at, String openers) {
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

	private static boolean apostrophe(CharSequence text, int at) {
		return at > 0 && at + 1 < text.length() && Character.isLetter(text.charAt(at - 1)) && text.charAt(at - 1) < 128
				&& Character.isLetter(text.charAt(at + 1));
	}

}
