package org.civicatlas.ingest.metric;

import java.math.BigDecimal;
import java.util.List;

/**
 * A count in Chinese numerals that only says how many things the sentence names:
 * 甲、乙、丙三个方面, “A、B、C、D”四项工作, “一村一品一景”三个特色, or 两个重点——甲…乙… where the items follow. Chinese
 * news writing sums up a list it has just printed (or is about to print) this way; the
 * number is the list's length, not a result, while a statistic is printed in Arabic
 * digits (12个村) and stays a figure. Things the clause says were made (组建起“甲队”“乙队”三支队伍)
 * are a result however they are counted, so a verb of making keeps the count.
 */
final class ListedItems {

	/** A list longer than this is no summary a reader counts at a glance. */
	private static final int MAX_ITEMS = 10;

	/**
	 * Marks that end the stretch a list is read from (the enumeration comma 、 does not).
	 */
	private static final String BOUNDS = "，,；;。！？!?：:\n";

	/** Separators of the items of a list. */
	private static final String SEPARATORS = "、";

	/** Words that join the last item of a list (甲、乙和丙). */
	private static final String JOINERS = "和与及";

	/** A dash or colon after the counted noun: the items are printed next. */
	private static final List<String> ITEMS_FOLLOW = List.of("——", "：", ":");

	/** How far after the count the dash or colon may stand (the counted noun). */
	private static final int NOUN_REACH = 8;

	/**
	 * Verbs of making: what the clause made is a result, however it is counted (组建起三支队伍,
	 * 成立两个专班, 建成三个站点).
	 */
	private static final List<String> MAKING = List.of("组建", "成立", "建成", "建立", "新建", "设立", "打造", "创建", "培育", "开设", "开通",
			"推出", "新增", "增设");

	private ListedItems() {
	}

	static boolean counts(CharSequence text, NonFigures.Match m) {
		if (!m.chinese() || m.before() != null || m.rounded() || m.hi() != null) {
			return false;
		}
		BigDecimal value = ChineseNumerals.parse(m.lo());
		if (value == null || value.scale() > 0 || value.intValue() < 2 || value.intValue() > MAX_ITEMS) {
			return false;
		}
		int n = value.intValue();
		int from = stretchStart(text, m.numberStart());
		String before = text.subSequence(from, m.numberStart()).toString();
		if (MAKING.stream().anyMatch(before::contains)) {
			return false;
		}
		return items(before) == n || parallelQuote(before, n) || itemsFollow(text, m.unitEnd());
	}

	/**
	 * Where the stretch before the number begins: after a comma, a colon or a full stop.
	 */
	private static int stretchStart(CharSequence text, int at) {
		int i = at;
		while (i > 0 && BOUNDS.indexOf(text.charAt(i - 1)) < 0) {
			i--;
		}
		return i;
	}

	/**
	 * How many items the list of the stretch names: enumeration commas, quotations
	 * printed one after the other (“甲”“乙”), and a joined last item; 0 when it holds no
	 * list.
	 */
	private static int items(String before) {
		int separators = 0;
		int last = -1;
		for (int i = 0; i < before.length(); i++) {
			char c = before.charAt(i);
			boolean quotesInARow = (c == '”' || c == '"') && i + 1 < before.length()
					&& (before.charAt(i + 1) == '“' || before.charAt(i + 1) == '"');
			if (SEPARATORS.indexOf(c) >= 0 || quotesInARow) {
				separators++;
				last = i;
			}
		}
		if (separators == 0) {
			return 0;
		}
		boolean joined = before.substring(last + 1).chars().anyMatch(c -> JOINERS.indexOf(c) >= 0);
		return separators + 1 + (joined ? 1 : 0);
	}

	/**
	 * A quotation right before the number made of {@code n} parallel parts that start
	 * with the same character (“一村一品一景”三个).
	 */
	private static boolean parallelQuote(String before, int n) {
		if (!before.endsWith("”") && !before.endsWith("\"")) {
			return false;
		}
		int open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"', before.length() - 2));
		if (open < 0) {
			return false;
		}
		String quoted = before.substring(open + 1, before.length() - 1);
		if (quoted.length() < 2 * n || quoted.length() % n != 0) {
			return false;
		}
		int stride = quoted.length() / n;
		for (int part = 1; part < n; part++) {
			if (quoted.charAt(part * stride) != quoted.charAt(0)) {
				return false;
			}
		}
		return true;
	}

	private static boolean itemsFollow(CharSequence text, int unitEnd) {
		int end = Math.min(text.length(), unitEnd + NOUN_REACH);
		for (int i = unitEnd; i < end; i++) {
			for (String mark : ITEMS_FOLLOW) {
				if (Units.startsWith(text, i, mark)) {
					return true;
				}
			}
			if (Punctuation.breaksClause(text.charAt(i)) || text.charAt(i) == '“') {
				return false;
			}
		}
		return false;
	}

}
