package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a paragraph points back to a program by the end of its name: 该中心, 这座服务中心, 这期夜校
 * after 白石社区乐邻服务中心 or “春苗”夜校. An article names a program in full once and then calls it
 * by its kind with 这, 该 or 此, so such a phrase names the program as its full name would.
 */
final class PointingBack {

	/** 这, 该 or 此, perhaps with 一 or a measure word: 这所, 该, 这一, 这期. */
	private static final String POINTERS = "这该此";

	private static final String MEASURES = "个座家支所间处条项期批套位场届种类";

	/** The same as a regular expression, for a known word after it. */
	static final String POINTING = "[" + POINTERS + "]一?[" + MEASURES + "]?";

	/**
	 * The end of a name two characters long at least (中心, 工坊): one would match anywhere.
	 */
	private static final int MIN_END = 2;

	/** Marks after which a clause starts. */
	private static final String CLAUSE_STARTS = "，,。；;！？!?：:";

	/** Kinds of place that end names of programs run by a place (某某未来社区). */
	private static final List<String> PLACE_KINDS = List.of("社区", "小区", "街道", "乡镇", "村里", "村民", "全村", "全镇");

	private static final String NUMERALS = "一二两三四五六七八九十百千万0123456789";

	/**
	 * A phrase that points back: where the end of a name starts, and which programs'
	 * names end so, with how many characters.
	 */
	record Reference(int start, int length, List<String> programs) {
	}

	private PointingBack() {
	}

	/**
	 * @param text a paragraph
	 * @param spellings per program (by name), its spellings
	 * @return the phrases of the paragraph that point back to a program, with the
	 * programs whose names end with the longest end printed there
	 */
	static List<Reference> in(String text, List<List<String>> spellings, List<String> names) {
		List<Reference> references = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			boolean pointer = POINTERS.indexOf(text.charAt(i)) >= 0;
			if (!pointer && !bareKind(text, i)) {
				continue;
			}
			// the word after the pointer may itself start with a measure word (该项目): try
			// each reading
			int longest = 0;
			int start = 0;
			List<String> programs = new ArrayList<>();
			for (int at : pointer ? readings(text, i + 1) : List.of(i)) {
				for (int p = 0; p < names.size(); p++) {
					int length = longestEnd(text, at, spellings.get(p));
					if (length > longest) {
						longest = length;
						start = at;
						programs.clear();
					}
					if (length == longest && length > 0 && at == start) {
						programs.add(names.get(p));
					}
				}
			}
			if (longest > 0) {
				references.add(new Reference(start, longest, List.copyOf(programs)));
			}
		}
		return references;
	}

	/**
	 * A clause that opens with a program's kind alone (…,中心今年接待群众2000人次) speaks of the
	 * program of that kind as 该中心 would; places (社区, 街道 …) are where things happen, not
	 * programs, and are left out.
	 */
	private static boolean bareKind(String text, int at) {
		boolean clauseStart = at == 0 || CLAUSE_STARTS.indexOf(text.charAt(at - 1)) >= 0;
		return clauseStart && PLACE_KINDS.stream().noneMatch(place -> text.startsWith(place, at));
	}

	/**
	 * Where the word after a pointer may start: right after it, after 一, after a measure
	 * word.
	 */
	private static List<Integer> readings(String text, int from) {
		List<Integer> offsets = new ArrayList<>(List.of(from));
		int at = from;
		if (at < text.length() && text.charAt(at) == '一') {
			offsets.add(++at);
		}
		if (at < text.length() && MEASURES.indexOf(text.charAt(at)) >= 0) {
			offsets.add(at + 1);
		}
		offsets.removeIf(offset -> offset >= text.length() || NUMERALS.indexOf(text.charAt(offset)) >= 0);
		return offsets;
	}

	/** The longest end of a spelling printed at the offset, or 0. */
	private static int longestEnd(String text, int at, List<String> spellings) {
		int longest = 0;
		for (String spelling : spellings) {
			for (int length = spelling.length(); length >= MIN_END && length > longest; length--) {
				if (text.regionMatches(at, spelling, spelling.length() - length, length)) {
					longest = length;
				}
			}
		}
		return longest;
	}

}
