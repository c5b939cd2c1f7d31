package org.civicatlas.ingest.metric;

import java.util.List;

import org.civicatlas.ingest.text.Quotes;

/**
 * What a figure counts, in the words of its sentence: the noun right after a measure word
 * of things (54名乡贤 → 乡贤), otherwise the phrase before the number back to the last
 * punctuation or connective (累计接访群众200余人次 → 接访群众), cut at the last reporting verb when it
 * is long. Never empty: the unit stands in when the sentence names nothing.
 */
final class LabelFinder {

	/**
	 * Longer phrases before a number carry a subject or a circumstance; they are cut at a
	 * verb.
	 */
	private static final int MAX_BEFORE = 12;

	/** A phrase after a measure word longer than this is a clause, not a noun. */
	private static final int MAX_AFTER = 16;

	/** How far the description of a noun may run before its 的. */
	private static final int MAX_DESCRIPTION = 16;

	/** What a cut at a verb must keep: the verb and a noun of two characters at least. */
	private static final int MIN_FROM_VERB = 4;

	private LabelFinder() {
	}

	/**
	 * @param previous the figure before this one in the text, or {@code null}: the phrase
	 * before a figure starts after it, so that two figures of one clause get labels of
	 * their own
	 * @param previousLabel the label given to {@code previous}, which a figure joined to
	 * it takes over (提升25%和35%)
	 */
	static String label(String text, NamesAndSpeech quotes, Figure figure, Figure previous, String previousLabel) {
		String after = after(text, quotes, figure.end());
		String before = before(text, quotes, figure.start(), previous == null ? 0 : previous.end());
		String first = first(text, figure, previous, previousLabel, after, before);
		if (readable(first)) {
			return first;
		}
		// a lone verb (到达, 进行) or one character (省, 人) says nothing: take the phrase that
		// names a thing
		for (String other : new String[] { after, before, before + (after == null ? "" : after),
				LabelFallbacks.subjectAndVerb(text, figure.start()), wider(text, quotes, figure.start()),
				LabelFallbacks.previousClause(text, figure.start()) }) {
			if (other != null && readable(other) && other.length() <= MAX_AFTER
					&& other.chars().noneMatch(Character::isDigit)) {
				return other;
			}
		}
		if (LabelWords.DIMENSION_NOUNS.containsKey(first)) {
			return LabelWords.DIMENSION_NOUNS.get(first);
		}
		// 1分钟内签收、10分钟到达: the action of a list of standards takes the subject named with
		// the first
		return previousLabel != null && readable(previousLabel) && !first.startsWith(previousLabel)
				? previousLabel + first : first;
	}

	private static String first(String text, Figure figure, Figure previous, String previousLabel, String after,
			String before) {
		if (after != null && Units.isClassifier(figure.unit())) {
			return after;
		}
		// 签订了20年租约: after a verb with 了, a measure is of the noun that follows it
		if (!before.isEmpty() && !(before.endsWith("了") && after != null)) {
			return before;
		}
		if (after != null) {
			return after;
		}
		return previous != null && joined(text, previous, figure) ? previousLabel : figure.unit();
	}

	/**
	 * At least two characters, and more than a verb, a rate cue or a dimension on its
	 * own.
	 */
	static boolean readable(String label) {
		return label != null && label.length() >= 2 && !LabelWords.VERBS.contains(label)
				&& !LabelWords.LONE.contains(label) && !LabelWords.DIMENSION_NOUNS.containsKey(label);
	}

	/**
	 * The whole clause before the figure, its leading and trailing connectives removed.
	 */
	private static String wider(String text, NamesAndSpeech quotes, int end) {
		int start = Math.max(Punctuation.clauseStart(text, end), end - MAX_BEFORE);
		String phrase = stripTrailing(stripJoining(compact(text.substring(start, end))));
		return withoutLeading(withoutLeading(phrase, LabelWords.LEADING), LabelWords.EXISTENCE);
	}

	private static boolean joined(String text, Figure previous, Figure figure) {
		String between = text.substring(previous.end(), figure.start()).strip();
		return previous.unit().equals(figure.unit()) && between.length() == 1
				&& LabelWords.JOINING.indexOf(between.charAt(0)) >= 0;
	}

	private static String before(String text, NamesAndSpeech quotes, int end, int floor) {
		int i = end;
		while (i > floor) {
			Quotes.Span name = quotes.nameClosingAt(i - 1);
			if (name != null && name.open() >= floor) {
				i = name.open();
			}
			else if (Punctuation.breaksPhrase(text.charAt(i - 1)) || Character.isDigit(text.charAt(i - 1))) {
				break;
			}
			else {
				i--;
			}
		}
		String phrase = stripTrailing(stripJoining(compact(text.substring(i, end))));
		phrase = afterLastConnective(phrase);
		if (phrase.length() > MAX_BEFORE) {
			phrase = fromLastVerb(phrase);
		}
		return withoutLeading(withoutLeading(phrase, LabelWords.LEADING), LabelWords.EXISTENCE);
	}

	private static String after(String text, NamesAndSpeech quotes, int start) {
		int i = Units.startsWith(text, start, "的") || Units.startsWith(text, start, "内") ? start + 1 : start;
		i = afterDescription(text, i);
		int j = i;
		while (j < text.length()) {
			Quotes.Span name = quotes.nameOpeningAt(j);
			if (name != null) {
				j = name.close() + 1;
				continue;
			}
			int generation = LabelFallbacks.generation(text, j);
			if (generation > 0) {
				j += generation;
				continue;
			}
			char c = text.charAt(j);
			if (Punctuation.breaksPhrase(c) || Character.isDigit(c) || startsWithAny(text, j, LabelWords.PREDICATES)
					|| j > i && startsWithAny(text, j, LabelWords.LATER_PREDICATES)) {
				break;
			}
			j++;
		}
		String phrase = compact(text.substring(i, Math.min(j, text.length())));
		int de = phrase.indexOf('的');
		if (de >= 0) {
			phrase = phrase.substring(0, de);
		}
		else if (measuresNext(text, j, phrase)) {
			return null; // 桥梁17座总长约16千米: 总长约 is what the next figure measures
		}
		phrase = stripJoining(phrase);
		return phrase.isEmpty() || phrase.length() > MAX_AFTER ? null : phrase;
	}

	/**
	 * 40多名有劳动能力和就业意愿的残疾人 → 残疾人: when the words after the measure word describe the noun,
	 * the noun starts after their 的.
	 */
	private static int afterDescription(String text, int at) {
		if (LabelWords.DESCRIBING.stream().noneMatch(word -> Units.startsWith(text, at, word))) {
			return at;
		}
		for (int i = at; i < text.length() && i < at + MAX_DESCRIPTION; i++) {
			if (text.charAt(i) == '的') {
				return i + 1;
			}
			if (Punctuation.breaksClause(text.charAt(i))) {
				break;
			}
		}
		return at;
	}

	/**
	 * A phrase that runs into a number and ends on a dimension or a qualifier (长, 约)
	 * belongs to it.
	 */
	private static boolean measuresNext(String text, int end, String phrase) {
		if (end >= text.length() || !Character.isDigit(text.charAt(end)) || phrase.isEmpty()) {
			return false;
		}
		char last = phrase.charAt(phrase.length() - 1);
		return Qualifiers.before(text, end) != null || LabelWords.DIMENSIONS.indexOf(last) >= 0;
	}

	private static boolean startsWithAny(String text, int at, List<String> words) {
		return words.stream().anyMatch(word -> Units.startsWith(text, at, word));
	}

	/** 和, 与, 及 at either end join figures; they are not part of what is counted. */
	private static String stripJoining(String phrase) {
		int from = 0;
		int to = phrase.length();
		while (from < to && LabelWords.JOINING.indexOf(phrase.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && LabelWords.JOINING.indexOf(phrase.charAt(to - 1)) >= 0) {
			to--;
		}
		return phrase.substring(from, to);
	}

	static String stripTrailing(String phrase) {
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String word : LabelWords.TRAILING) {
				if (phrase.endsWith(word) && phrase.length() > word.length()
						&& LabelWords.isConnectiveAt(phrase, phrase.length() - word.length(), word)) {
					phrase = phrase.substring(0, phrase.length() - word.length());
					stripped = true;
					break;
				}
			}
		}
		return phrase;
	}

	/** 北海街道新乡贤联谊会累计为社区及卫生院等捐献各类资金物资 → 捐献各类资金物资. */
	private static String afterLastConnective(String phrase) {
		for (int at = phrase.length() - 1; at >= 0; at--) {
			for (String word : LabelWords.CONNECTIVES) {
				int end = at + word.length();
				if (end < phrase.length() && phrase.startsWith(word, at)
						&& LabelWords.isConnectiveAt(phrase, at, word)) {
					return phrase.substring(end);
				}
			}
		}
		return phrase;
	}

	/**
	 * 发动共建单位力量募集爱心资金 → 募集爱心资金, 向百姓提交了餐饮油烟信访量环比下降 → 餐饮油烟信访量环比下降: a long phrase starts
	 * again at its last reporting verb or after its last 了.
	 */
	private static String fromLastVerb(String phrase) {
		for (int at = phrase.length() - MIN_FROM_VERB; at > 0; at--) {
			if (phrase.charAt(at - 1) == '了') {
				return phrase.substring(at);
			}
			for (String verb : LabelWords.VERBS) {
				if (phrase.startsWith(verb, at)) {
					return phrase.substring(at);
				}
			}
		}
		return phrase;
	}

	/** 建立村社医保代办点 → 村社医保代办点: the verb only says that the points exist. */
	static String withoutLeading(String phrase, List<String> words) {
		for (String word : words) {
			if (phrase.startsWith(word) && phrase.length() - word.length() >= 2
					&& LabelWords.isConnectiveAt(phrase, 0, word)) {
				return phrase.substring(word.length());
			}
		}
		return phrase;
	}

	/** Labels are read, not quoted: the spaces the page layout leaves inside words go. */
	static String compact(String phrase) {
		return phrase.replaceAll("\\s+", "");
	}

}
