package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.List;

import org.civicatlas.ingest.text.Quotes;

/**
 * Unquoted names: a run of Chinese characters ending in a program word (新乡贤调解工作室).
 * Chinese has no spaces, so the left boundary is found by walking back from the program
 * word until a punctuation mark, a verb or a particle (成立, 依托, 在, 的…); then times,
 * ordinals and bare place words are shed (越城区第一家新乡贤调解工作室 → 新乡贤调解工作室), while a leading
 * place name is kept (北海街道新乡贤联谊会). A name must keep something proper once its descriptive
 * words are taken out, so 沟通平台 or 基层调解机制 never become programs.
 */
final class SuffixNames {

	/** Longer runs are phrases whose boundary was not found, not names. */
	private static final int MAX_LENGTH = 14;

	/** How far back the left boundary is looked for. */

	private static final int MAX_SCAN = 24;

	/** Proper characters of the place that owns a body (白石 of 白石社区的乐邻服务中心). */
	private static final int MAX_OWNER = 4;

	/** First characters of words that point back to a place instead of naming it. */
	private static final String POINTING = "这那该本此全各每其我";

	private SuffixNames() {
	}

	/**
	 * The unquoted names of the text that do not overlap the given quoted mentions. A
	 * mention's evidence is a launching verb right before it (成立…, 开展…行动), or a leading
	 * place name before the head of a body or facility (北海街道新乡贤联谊会).
	 */
	static List<Mention> find(String text, List<Mention> quoted, int article, int paragraph) {
		List<Quotes.Span> quotes = Quotes.in(text);
		List<Mention> mentions = new ArrayList<>();
		for (int end = 1; end <= text.length(); end++) {
			String head = NameWords.endingAt(text, end, NameWords.PROGRAM_WORDS);
			// a program word right before a quotation is the kind of the quoted name:
			// 社会治理平台“宁聚蓝”
			if (head == null || NameWords.QUOTED_ONLY.contains(head) || falseHead(text, end - head.length(), end)
					|| insideQuote(quotes, end - head.length()) || covered(quoted, end - head.length(), end)
					|| end < text.length() && "“\"'‘".indexOf(text.charAt(end)) >= 0) {
				continue;
			}
			Mention mention = mention(text, head, end, article, paragraph);
			if (mention != null) {
				mentions.add(mention);
			}
		}
		return mentions;
	}

	private static Mention mention(String text, String head, int end, int article, int paragraph) {
		int start = end - head.length();
		while (start > 0 && end - start < MAX_SCAN) {
			char c = text.charAt(start - 1);
			boolean word = NameWords.isHan(c) || Character.isDigit(c);
			if (!word || NameWords.endingAt(text, start, NameWords.STOPS) != null) {
				break;
			}
			start--;
		}
		String name = shed(text.substring(start, end));
		if (name.length() == 2 && NameWords.ONE_CHARACTER_NAMED.contains(head) && NameWords.isHan(name.charAt(0))) {
			// 酒坊, 油坊: a name only when the article prints it again (no evidence of its
			// own)
			return new Mention(name, name, false, false, article, paragraph, end - name.length(), end);
		}
		if (name.length() > MAX_LENGTH || name.length() < head.length() + 2 || Character.isDigit(name.charAt(0))) {
			return null;
		}
		int place = NameWords.placePrefixLength(name);
		String words = name.substring(place, name.length() - head.length());
		// the unit of an organisation (县公安局指挥中心) is the organisation at work, not a
		// program
		if (NameWords.ACTORS.stream().anyMatch(words::contains)) {
			return null;
		}
		// a body or facility named after its place is one of a kind (德清县综合治理中心), however
		// generic
		// the words between place and head; elsewhere those words must hold something
		// proper
		boolean placedBody = place > 0 && NameWords.PLACE_NAMED.contains(head) && words.length() >= 2;
		if (!placedBody && NameWords.properLength(words) < 2) {
			return null;
		}
		boolean evidence = place > 0 && NameWords.PLACE_NAMED.contains(head) || launched(text, start, head);
		int owner = place == 0 && NameWords.PLACE_NAMED.contains(head) ? ownerBefore(text, end - name.length()) : -1;
		if (owner >= 0) {
			// 某社区的服务中心: the body of that place, named as the place prints its bodies
			String placed = text.substring(owner, end - name.length() - 1) + name;
			return new Mention(placed, name, false, true, article, paragraph, owner, end);
		}
		return new Mention(name, name, false, evidence, article, paragraph, end - name.length(), end);
	}

	/**
	 * Where the place that owns a body begins, when {@code 的} right before the name
	 * closes a place name of two to four proper characters (白石社区的乐邻服务中心, 东岙村的文化驿站), else
	 * -1. Only the nearest place counts (the community, not its city), and a place that
	 * only points back (该社区, 这个村, 全镇) names no one.
	 */
	private static int ownerBefore(String text, int nameStart) {
		int de = nameStart - 1;
		String word = de > 0 && text.charAt(de) == '的' ? NameWords.endingAt(text, de, NameWords.PLACE_WORDS) : null;
		if (word == null) {
			return -1;
		}
		int start = de - word.length();
		while (start > 0 && de - word.length() - start <= MAX_OWNER && NameWords.isHan(text.charAt(start - 1))
				&& NameWords.endingAt(text, start, NameWords.PLACE_WORDS) == null
				&& NameWords.endingAt(text, start, NameWords.STOPS) == null) {
			start--;
		}
		int proper = de - word.length() - start;
		boolean pointing = proper > 0 && POINTING.indexOf(text.charAt(start)) >= 0;
		return proper >= 2 && proper <= MAX_OWNER && !pointing ? start : -1;
	}

	/** Drops leading times, ordinals and bare place words, as often as they repeat. */
	static String shed(String name) {
		String shed = name;
		while (true) {
			String next = NameWords.LEADING_NOISE.matcher(shed).replaceFirst("");
			if (next.equals(shed) || next.isEmpty()) {
				return shed;
			}
			shed = next;
		}
	}

	/**
	 * Whether a launching verb (optionally followed by 了 or 起) ends right before
	 * {@code start}.
	 */
	private static boolean launched(String text, int start, String head) {
		int at = start > 0 && "了起".indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : start;
		if (NameWords.endingAt(text, at, NameWords.LAUNCH_VERBS) != null) {
			return true;
		}
		// a bare 设 sets something up only with 了 or 有 after it (还设了3个…点); elsewhere it is
		// part of
		// a word (设施, 建设)
		if (start > 1 && text.charAt(start - 2) == '设' && "了有".indexOf(text.charAt(start - 1)) >= 0) {
			return true;
		}
		return ("行动".equals(head) || "专班".equals(head))
				&& NameWords.endingAt(text, at, NameWords.CAMPAIGN_VERBS) != null;
	}

	private static boolean falseHead(String text, int headStart, int end) {
		for (String word : NameWords.FALSE_HEADS) {
			for (int s = Math.max(0, headStart - word.length() + 1); s <= end && s < text.length(); s++) {
				if (text.startsWith(word, s) && s + word.length() > headStart) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean insideQuote(List<Quotes.Span> quotes, int offset) {
		return quotes.stream().anyMatch(q -> offset > q.open() && offset < q.close());
	}

	private static boolean covered(List<Mention> quoted, int start, int end) {
		return quoted.stream().anyMatch(m -> start < m.end() && end > m.start());
	}

}
