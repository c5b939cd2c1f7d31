package org.civicatlas.ingest.metric;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.civicatlas.ingest.text.Quotes;
import org.civicatlas.ingest.text.Quotes.Span;

/**
 * The quotations of a text ({@link Quotes}), told apart as names and speech. A number
 * inside a quoted name ({@code "123"工作计划}, {@code “15分钟服务圈”}, {@code 《为官应算“三笔账”》})
 * belongs to the name and is not a figure; a number inside quoted speech
 * ({@code “今年郑总已经带了三拨客商过来了。”}) is what someone reports and stays one.
 */
final class NamesAndSpeech {

	/** What tells speech from a name: a name is never cut by a comma or a full stop. */
	private static final String SPEECH_MARKS = "，,。！？!?；;：:";

	/** A part of a list of standards: a number, its unit and the words of the promise. */
	private static final Pattern STANDARD = Pattern.compile("\\d+(?:\\.\\d+)?\\p{IsHan}");

	private final List<Span> spans;

	private final List<Span> names;

	private NamesAndSpeech(List<Span> spans, List<Span> names) {
		this.spans = spans;
		this.names = names;
	}

	static NamesAndSpeech of(String text) {
		List<Span> spans = Quotes.in(text);
		return new NamesAndSpeech(spans, spans.stream().filter(span -> name(text, span)).toList());
	}

	private static boolean name(String text, Span span) {
		String content = span.content(text);
		return span.title(text) || content.chars().noneMatch(c -> SPEECH_MARKS.indexOf(c) >= 0) && !standards(content);
	}

	/**
	 * Service standards listed in one quotation (“15分钟响应、2小时办结”): each part opens with
	 * its number, which is a figure; a name never is such a list.
	 */
	private static boolean standards(String content) {
		String[] parts = content.split("、");
		return parts.length >= 2 && Arrays.stream(parts).allMatch(part -> STANDARD.matcher(part).lookingAt());
	}

	/** Whether {@code at} stands inside a quoted name (at any depth). */
	boolean insideName(int at) {
		return names.stream().anyMatch(span -> span.contains(at));
	}

	/** Whether a quotation (name or speech) closes at {@code at}. */
	boolean closesAt(int at) {
		return spans.stream().anyMatch(span -> span.close() == at);
	}

	/** The quoted name whose closing mark is at {@code at}, or {@code null}. */
	Span nameClosingAt(int at) {
		return names.stream().filter(span -> span.close() == at).findFirst().orElse(null);
	}

	/** The quoted name whose opening mark is at {@code at}, or {@code null}. */
	Span nameOpeningAt(int at) {
		return names.stream().filter(span -> span.open() == at).findFirst().orElse(null);
	}

}
