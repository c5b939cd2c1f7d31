package org.civicatlas.ingest.metric;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The quoted stretches of a text, told apart as names and speech. A number inside a
 * quoted name ({@code "123"工作计划}, {@code “15分钟服务圈”}, {@code 《为官应算“三笔账”》}) belongs to the
 * name and is not a figure; a number inside quoted speech ({@code “今年郑总已经带了三拨客商过来了。”}) is
 * what someone reports and stays one.
 */
final class Quotes {

	private static final String OPENING = "“‘「『《〈";

	private static final String CLOSING = "”’」』》〉";

	/** What tells speech from a name: a name is never cut by a comma or a full stop. */
	private static final String SPEECH_MARKS = "，,。！？!?；;：:";

	/** A part of a list of standards: a number, its unit and the words of the promise. */
	private static final Pattern STANDARD = Pattern.compile("\\d+(?:\\.\\d+)?\\p{IsHan}");

	/** A quoted stretch: the indexes of its opening and closing marks. */
	record Span(int open, int close, boolean name) {

		boolean contains(int at) {
			return open < at && at < close;
		}

	}

	private final List<Span> spans;

	private Quotes(List<Span> spans) {
		this.spans = List.copyOf(spans);
	}

	static Quotes of(CharSequence text) {
		List<Span> spans = new ArrayList<>();
		Deque<Integer> open = new ArrayDeque<>();
		int asciiDouble = -1;
		int asciiSingle = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (OPENING.indexOf(c) >= 0) {
				open.push(i);
			}
			else if (CLOSING.indexOf(c) >= 0) {
				// drop openings of another kind left unclosed, then close the matching
				// one
				while (!open.isEmpty() && OPENING.indexOf(text.charAt(open.peek())) != CLOSING.indexOf(c)) {
					open.pop();
				}
				if (!open.isEmpty()) {
					spans.add(span(text, open.pop(), i));
				}
			}
			else if (c == '"') {
				// ASCII quotes do not say which way they face: they pair in order of
				// appearance
				asciiDouble = pair(text, spans, asciiDouble, i);
			}
			else if (c == '\'' && !betweenLetters(text, i)) {
				asciiSingle = pair(text, spans, asciiSingle, i);
			}
		}
		return new Quotes(spans);
	}

	private static int pair(CharSequence text, List<Span> spans, int opened, int at) {
		if (opened < 0) {
			return at;
		}
		spans.add(span(text, opened, at));
		return -1;
	}

	private static Span span(CharSequence text, int open, int close) {
		boolean title = text.charAt(open) == '《' || text.charAt(open) == '〈';
		boolean speech = false;
		for (int i = open + 1; i < close && !speech; i++) {
			speech = SPEECH_MARKS.indexOf(text.charAt(i)) >= 0;
		}
		return new Span(open, close, title || !speech && !standards(text.subSequence(open + 1, close).toString()));
	}

	/**
	 * Service standards listed in one quotation (“15分钟响应、2小时办结”): each part opens with
	 * its number, which is a figure; a name never is such a list.
	 */
	private static boolean standards(String content) {
		String[] parts = content.split("、");
		return parts.length >= 2 && Arrays.stream(parts).allMatch(part -> STANDARD.matcher(part).lookingAt());
	}

	private static boolean betweenLetters(CharSequence text, int at) {
		return at > 0 && at + 1 < text.length() && Character.isLetter(text.charAt(at - 1)) && text.charAt(at - 1) < 128
				&& Character.isLetter(text.charAt(at + 1));
	}

	/** Whether {@code at} stands inside a quoted name (at any depth). */
	boolean insideName(int at) {
		return spans.stream().anyMatch(span -> span.name() && span.contains(at));
	}

	/** Whether a quoted stretch (name or speech) closes at {@code at}. */
	boolean closesAt(int at) {
		return spans.stream().anyMatch(span -> span.close() == at);
	}

	/** The quoted name whose closing mark is at {@code at}, or {@code null}. */
	Span nameClosingAt(int at) {
		return spans.stream().filter(span -> span.name() && span.close() == at).findFirst().orElse(null);
	}

	/** The quoted name whose opening mark is at {@code at}, or {@code null}. */
	Span nameOpeningAt(int at) {
		return spans.stream().filter(span -> span.name() && span.open() == at).findFirst().orElse(null);
	}

}
