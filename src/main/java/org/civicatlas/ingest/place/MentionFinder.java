package org.civicatlas.ingest.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the place names printed in a text: every dictionary name by one automaton pass,
 * then the longest at each position from left to right (越城区北海街道 is 越城区 + 北海街道, not 越城 +
 * …), without the names that a qualifier places outside Zhejiang.
 */
final class MentionFinder {

	/** Level words that, right before a name, say which larger area it belongs to. */
	private static final String QUALIFIERS = "省市县";

	/**
	 * 全市, 本县, 该县: a qualifier that points back at the article's own area, not at another
	 * one.
	 */
	private static final String DETERMINERS = "全本我该此各";

	private static final String HOME_PROVINCE = "浙江省";

	private record Hit(int start, int end, int key) {
	}

	private final NameDictionary names;

	MentionFinder(NameDictionary names) {
		this.names = names;
	}

	/**
	 * The mentions in order of position, in {@link #compact} coordinates (without white
	 * space).
	 */
	List<Mention> find(String text) {
		String compact = compact(text);
		List<Hit> hits = new ArrayList<>();
		names.scan(compact, (key, start, end) -> {
			// a short form running into a level or feature word is the start of another
			// name
			boolean runsOn = end < compact.length() && ShortForms.continuesName(compact.charAt(end));
			// a name ending in 乡 before 村 reads as the word 乡村 (赵岭南乡村CEO), not as a
			// township
			boolean countryside = compact.charAt(end - 1) == '乡' && end < compact.length()
					&& compact.charAt(end) == '村';
			if (!(names.entry(key).shortForm() && runsOn) && !countryside) {
				hits.add(new Hit(start, end, key));
			}
		});
		hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
		List<Mention> mentions = new ArrayList<>();
		int covered = 0;
		for (Hit hit : hits) {
			if (hit.start() >= covered) {
				mentions.add(new Mention(hit.start(), hit.end(), names.entry(hit.key())));
				covered = hit.end();
			}
		}
		return withoutForeign(compact, mentions);
	}

	/**
	 * Newspaper columns break lines inside words (崇\n贤街道), and Chinese puts no spaces
	 * between words, so all white space goes before matching.
	 */
	static String compact(String text) {
		StringBuilder compact = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				compact.append(c);
			}
		}
		return compact.toString();
	}

	/**
	 * Drops a name qualified by a province, city or county the gazetteer does not know
	 * (上海市普陀区, 重庆市江北区, 怀化市辰溪县…): it is a homonym elsewhere in China. The names printed
	 * right after it (上海市普陀区长征镇) belong to the same foreign place and go too.
	 */
	private static List<Mention> withoutForeign(String text, List<Mention> mentions) {
		List<Mention> kept = new ArrayList<>();
		Mention previous = null;
		boolean previousForeign = false;
		for (Mention mention : mentions) {
			boolean follows = previous != null && previous.end == mention.start;
			boolean foreign = follows ? previousForeign : isForeignQualified(text, mention.start);
			if (!foreign) {
				kept.add(mention);
			}
			previous = mention;
			previousForeign = foreign;
		}
		return kept;
	}

	/** Called only when no recognised name ends right before {@code start}. */
	private static boolean isForeignQualified(String text, int start) {
		if (start == 0 || QUALIFIERS.indexOf(text.charAt(start - 1)) < 0) {
			return false;
		}
		boolean determined = start >= 2 && DETERMINERS.indexOf(text.charAt(start - 2)) >= 0;
		boolean home = text.startsWith(HOME_PROVINCE, start - HOME_PROVINCE.length());
		return !determined && !home;
	}

}
