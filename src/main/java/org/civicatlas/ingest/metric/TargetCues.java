package org.civicatlas.ingest.metric;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a planned figure from an achieved one. A figure is a target when its sentence
 * opens on a plan ({@code 下一步，…}, {@code 到2025年，…}) or when a planning word stands before
 * it in its own clause ({@code 力争达到50万人}, {@code 计划新增200个}); an 已 ("already") between the
 * cue and the figure says the figure is achieved after all.
 */
final class TargetCues {

	/** A first clause that is only a time to come: {@code 下一步，…}, {@code 到2025年，…}. */
	private static final Pattern FRAME = Pattern.compile("^[\"“]?(下一步|接下来|今后|未来|明年|到20\\d\\d年[底末]?)$");

	/** A first clause that opens on a planning verb: {@code 预计今年…}. */
	private static final Pattern FRAME_VERB = Pattern.compile("^[\"“]?(预计|计划|力争|争取)");

	/**
	 * Planning words before the figure in its clause; 将 only with a verb, since 将 is also
	 * 把.
	 */
	static final List<String> CUES = List.of("计划", "力争", "预计", "目标", "争取", "即将", "有望", "拟建", "拟投", "将继续", "将进一步", "将达到",
			"将达", "将实现", "将新增", "将建成", "将新建", "将建设", "将完成", "将投入", "将带动", "将启动", "将打造", "将覆盖", "将超过", "将突破", "将增加",
			"将提升", "将力争", "将形成", "将吸引");

	private TargetCues() {
	}

	static boolean planned(CharSequence text, NamesAndSpeech quotes, int figureStart) {
		int sentenceStart = Punctuation.sentenceStart(text, figureStart);
		int firstClauseEnd = commaClauseEnd(text, sentenceStart);
		if (firstClauseEnd < figureStart) {
			String firstClause = text.subSequence(sentenceStart, firstClauseEnd).toString().strip();
			if ((FRAME.matcher(firstClause).find() || FRAME_VERB.matcher(firstClause).find())
					&& !achieved(text, firstClauseEnd, figureStart)) {
				return true;
			}
		}
		int clauseStart = commaClauseStart(text, figureStart);
		for (String cue : CUES) {
			int at = lastIndexOf(text, cue, clauseStart, figureStart);
			if (at >= 0 && !quotes.insideName(at) && !achieved(text, at + cue.length(), figureStart)) {
				return true;
			}
		}
		return false;
	}

	private static boolean achieved(CharSequence text, int from, int to) {
		return lastIndexOf(text, "已", from, to) >= 0;
	}

	/**
	 * Clauses here are cut by commas only: an enumeration (、) stays inside the plan it
	 * lists.
	 */
	private static int commaClauseStart(CharSequence text, int at) {
		int i = at;
		while (i > 0 && !isComma(text.charAt(i - 1)) && !Punctuation.endsSentence(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	private static int commaClauseEnd(CharSequence text, int from) {
		int i = from;
		while (i < text.length() && !isComma(text.charAt(i)) && !Punctuation.endsSentence(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isComma(char c) {
		return c == '，' || c == ',';
	}

	private static int lastIndexOf(CharSequence text, String word, int from, int to) {
		for (int at = to - word.length(); at >= from; at--) {
			if (Units.startsWith(text, at, word)) {
				return at;
			}
		}
		return -1;
	}

}
