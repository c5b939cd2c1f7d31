package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind printed after a quoted name, when the article goes on to call the program by
 * that kind alone: “春苗”夜校 … 这所夜校, “银龄”食堂 … 该食堂. The program word lists cannot hold every
 * kind of service a town runs (a night school, a canteen, a summer class), but the
 * article shows which noun is the program's own: it points back to it with 这, 该 or 此. The
 * noun is then part of the name (春苗夜校), as a program word printed after a quotation is.
 */
final class ReferredKinds {

	private static final int MIN_KIND = 2;

	private static final int MAX_KIND = 3;

	private ReferredKinds() {
	}

	/**
	 * @param paragraphs the article's paragraphs
	 * @param p the paragraph the mentions stand in
	 * @param quoted its quoted mentions
	 * @return the mentions, those whose kind the article points back to extended by it
	 */
	static List<Mention> extend(List<String> paragraphs, int p, List<Mention> quoted) {
		String text = paragraphs.get(p);
		List<Mention> extended = new ArrayList<>();
		for (Mention m : quoted) {
			String kind = m.name().equals(m.core()) ? kind(paragraphs, text, m.end()) : null;
			extended.add(kind == null ? m : new Mention(m.name() + kind, m.core(), true, true, m.article(),
					m.paragraph(), m.start(), m.end() + kind.length()));
		}
		return extended;
	}

	/** The longest noun after the quotation that the article points back to, or null. */
	private static String kind(List<String> paragraphs, String text, int from) {
		for (int length = MAX_KIND; length >= MIN_KIND; length--) {
			if (from + length > text.length()) {
				continue;
			}
			String noun = text.substring(from, from + length);
			if (noun.chars().allMatch(c -> NameWords.isHan((char) c)) && plainNoun(noun)
					&& pointedAt(paragraphs, noun)) {
				return noun;
			}
		}
		return null;
	}

	/**
	 * Not a particle, verb or event after the name (“…”的, “…”活动), nor a word that says
	 * only its kind (品牌, 模式), which stays out of the name.
	 */
	private static boolean plainNoun(String noun) {
		for (int i = 0; i < noun.length(); i++) {
			if (NameWords.startingAt(noun, i, NameWords.STOPS) != null
					|| NameWords.startingAt(noun, i, NameWords.LAUNCH_VERBS) != null
					|| NameWords.startingAt(noun, i, NameWords.AFTER_EVIDENCE) != null) {
				return false;
			}
		}
		return !NameWords.isEvent(noun) && NameWords.head(noun) == null && !NameWords.GENERIC.contains(noun);
	}

	private static boolean pointedAt(List<String> paragraphs, String noun) {
		int printed = 0;
		for (String paragraph : paragraphs) {
			for (int at = paragraph.indexOf(noun); at >= 0 && printed < 2; at = paragraph.indexOf(noun, at + 1)) {
				printed++;
			}
		}
		if (printed < 2) {
			return false;
		}
		Pattern pointing = Pattern.compile(PointingBack.POINTING + Pattern.quote(noun));
		return paragraphs.stream().anyMatch(paragraph -> pointing.matcher(paragraph).find());
	}

}
