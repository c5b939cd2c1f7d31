package org.civicatlas.ingest.program;

import java.util.List;

/**
 * The words around a quotation that show it names an initiative ({@link QuotedNames}): a
 * launching verb or a kind of thing before it, a word of launching or building or a
 * program word after it; and the clause of an award before it, which shows it does not.
 */
final class QuoteEvidence {

	/** Modifiers allowed between a launching verb and the quotation: 打造省级“乡村侨舍”. */
	private static final int MAX_MODIFIER = 3;

	/** What may stand between the quotation and a program word that shows what it is. */
	private static final int MAX_GAP = 4;

	private static final int MAX_LISTED_GAP = 12;

	/**
	 * Verbs of awards and lists: what follows is a title received, not an initiative run.
	 */
	private static final List<String> HONOURS = List.of("入选", "获评", "评为", "授予", "荣获", "列入", "称为", "有名的");

	/**
	 * Nouns for a kind of thing that, right before a quotation, say what it names:
	 * 监督应用“浙车监督在线”.
	 */
	private static final List<String> KINDS = List.of("应用", "系统");

	private QuoteEvidence() {
	}

	/**
	 * A launching verb, perhaps with a short modifier, or the kind of thing right before
	 * the quotation (社会治理平台“宁聚蓝”).
	 */
	static boolean before(String text, int open) {
		if (NameWords.endingAt(text, open, NameWords.PROGRAM_WORDS) != null
				|| NameWords.endingAt(text, open, KINDS) != null) {
			return true;
		}
		for (int gap = 0; gap <= MAX_MODIFIER && open - gap > 0; gap++) {
			if (gap > 0) {
				char c = text.charAt(open - gap);
				if (!NameWords.isHan(c) || c == '的') {
					return false;
				}
			}
			if (NameWords.endingAt(text, open - gap, NameWords.LAUNCH_VERBS) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A word of launching or building right after the quotation (“爱心卡”启动, “亲清直通车”的开通), or
	 * a program word after a short gap (“网格议事日”等民主协商平台, “…”四大平台).
	 */
	static boolean after(String text, int from) {
		int at = from < text.length() && text.charAt(from) == '的' ? from + 1 : from;
		if (NameWords.startingAt(text, at, NameWords.AFTER_EVIDENCE) != null) {
			return true;
		}
		// “轮岗书记”的机制: what the quotation names is of the kind of a program
		if (at > from && NameWords.startingAt(text, at, NameWords.PROGRAM_WORDS) != null) {
			return true;
		}
		for (int end = from + 1; end <= Math.min(text.length(), from + MAX_LISTED_GAP + 4); end++) {
			char c = text.charAt(end - 1);
			if (!NameWords.isHan(c) && !Character.isDigit(c)) {
				return false;
			}
			String word = NameWords.endingAt(text, end, NameWords.PROGRAM_WORDS);
			if (word != null && gapAllowed(text.substring(from, end - word.length()))) {
				return true;
			}
		}
		return false;
	}

	/** A program word after a list, when the gap says each item is one: 等…品牌, 四大平台. */
	static boolean listedKind(String text, int from) {
		if (NameWords.listEnd(text, from) == null && !QuotedNames.COUNTED.matcher(text.substring(from)).find()) {
			return false;
		}
		return after(text, from);
	}

	/** Whether the clause before the quotation names an award or a nickname. */
	static boolean honoured(String text, int open) {
		int start = open;
		while (start > 0 && "，,。；;：:！!？?".indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		String clause = text.substring(start, open);
		return HONOURS.stream().anyMatch(clause::contains);
	}

	private static boolean gapAllowed(String gap) {
		if (NameWords.listEnd(gap, 0) != null) {
			return gap.length() <= MAX_LISTED_GAP && !gap.substring(NameWords.listEnd(gap, 0).length()).contains("的");
		}
		return gap.length() <= MAX_GAP && !containsStop(gap);
	}

	private static boolean containsStop(String words) {
		for (int i = 1; i <= words.length(); i++) {
			if (NameWords.endingAt(words, i, NameWords.STOPS) != null) {
				return true;
			}
		}
		return false;
	}

}
