package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.civicatlas.ingest.text.Quotes;

/**
 * Names printed in quotation marks. Chinese news quotes names, but also slogans,
 * metaphors (“桥头堡”), nicknames (“老娘舅”) and speech, so a quotation is kept only when it
 * looks like a name (short, no inner punctuation, not a number, date, place, event or
 * honorary title) and, for a name without a program word of its own, when the words
 * around it show an initiative: a launching verb before it (创新推出“医廉心”), a program word
 * next to it (平台“宁聚蓝”, “爱心卡”项目) or a word of launching or building after it (“爱心卡”启动,
 * “幸福邻里坊”建设).
 */
final class QuotedNames {

	private static final int MAX_LENGTH = 20;

	/**
	 * Shortest quoted name kept without a program word: two characters are generic words
	 * (“服务”).
	 */
	private static final int MIN_BARE_LENGTH = 3;

	/**
	 * A printed program word may follow the quotation after a short qualifier:
	 * “浦育未来”五年行动计划.
	 */
	private static final int MAX_TAIL = 8;

	private static final String INNER_PUNCTUATION = "，,、。；;：:！!？?…—–()（）《》〈〉【】“”‘’\"'「」『』";

	private static final Pattern DATE = Pattern.compile("\\d{1,4}[年月日号]|[一二三四五六七八九十]+月");

	/** A counted group (“三大经济体”) sums things up; it does not name one. */
	static final Pattern COUNTED = Pattern.compile("^[一二两三四五六七八九十\\d]+大");

	/**
	 * A number with its counter (“十项”, “123”) is a count, whatever it is printed before.
	 */
	private static final Pattern NUMBER = Pattern.compile("^[一二两三四五六七八九十百千万\\d]+[项个条类种批]?$");

	/**
	 * Digits, letters and plus signs (“5+X”, “365”): a code that names something only
	 * with the program word printed after it (“5+X”服务模式, “365”机制); alone it is a count or
	 * a slogan. Five digits and more are a telephone number (“12345”热线), never a name.
	 */
	private static final Pattern CODE = Pattern.compile("^(?!\\d{5,}$)[0-9A-Za-z+＋]*[0-9][0-9A-Za-z+＋]*$");

	/** Words of honorary titles given to people (“全国优秀农民工”, “十佳优秀党员志愿者”). */
	private static final List<String> TITLES = List.of("优秀", "十佳", "先进", "模范", "标兵", "最美");

	private static final Pattern DOTTED = Pattern.compile("\\p{IsHan}{2}·\\p{IsHan}{2}");

	/**
	 * Program words that only say what kind of thing a quoted name is: a brand, a mode, a
	 * method, a platform.
	 */
	private static final List<String> KIND_WORDS = List.of("品牌", "模式", "工作法", "平台");

	private QuotedNames() {
	}

	static List<Mention> find(String text, int article, int paragraph) {
		List<Quotes.Span> spans = Quotes.in(text);
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < spans.size()) {
			// quotations printed back to back (“红枫矫治”“情暖大唐”等…品牌) are a list of the same
			// kind
			int last = i;
			while (last + 1 < spans.size() && adjacent(text, spans.get(last), spans.get(last + 1))) {
				last++;
			}
			boolean listed = last > i;
			// a list takes its kind from the words after it only when they say each item
			// is one
			// (“红枫矫治”“情暖大唐”等…品牌); “早晚弹性办”“午间不间断”服务模式 are parts of one mode
			boolean shown = listed ? QuoteEvidence.listedKind(text, spans.get(last).close() + 1)
					: QuoteEvidence.before(text, spans.get(i).open())
							|| QuoteEvidence.after(text, spans.get(i).close() + 1);
			for (int k = i; k <= last; k++) {
				Mention mention = QuoteEvidence.honoured(text, spans.get(k).open()) ? null
						: mention(text, spans.get(k), listed, shown, article, paragraph);
				if (mention != null) {
					mentions.add(mention);
				}
			}
			i = last + 1;
		}
		return mentions;
	}

	private static Mention mention(String text, Quotes.Span span, boolean listed, boolean shown, int article,
			int paragraph) {
		String core = span.content(text);
		boolean code = CODE.matcher(core).matches();
		if (!code && !nameLike(core)) {
			return null;
		}
		String tail = listed ? null : tail(text, span.close() + 1);
		if (code && tail == null) {
			return null;
		}
		String head = NameWords.head(core);
		boolean ownWord = head != null && distinctive(core.substring(0, core.length() - head.length()));
		if (tail == null && core.length() < MIN_BARE_LENGTH) {
			return null;
		}
		// two names joined by a middle dot (“亲清·恳谈”: a series and its part) are a brand's
		// way of naming
		boolean evidence = ownWord || tail != null || shown || DOTTED.matcher(core).find();
		// a kind printed after a name of its own (“马上清廉”品牌, “一门多窗”服务模式) says what it is,
		// it is not
		// part of it; a code (“123”工作计划) or a short word (“三共”机制) needs its program word
		// to be a name
		boolean kindOnly = tail != null && !code && core.length() >= MIN_BARE_LENGTH
				&& KIND_WORDS.stream().anyMatch(tail::endsWith);
		String name = tail == null || kindOnly ? core : core + tail;
		int end = span.close() + 1 + (tail == null ? 0 : tail.length());
		return new Mention(name, core, true, evidence, article, paragraph, span.open(), end);
	}

	/**
	 * Short, unpunctuated, with Chinese in it, and not a date, a place, an event or a
	 * bare kind.
	 */
	static boolean nameLike(String core) {
		if (core.isEmpty() || core.length() > MAX_LENGTH || !NameWords.hasHan(core)) {
			return false;
		}
		for (int i = 0; i < core.length(); i++) {
			char c = core.charAt(i);
			if (Character.isWhitespace(c) || INNER_PUNCTUATION.indexOf(c) >= 0) {
				return false;
			}
		}
		return !DATE.matcher(core).find() && !NUMBER.matcher(core).find() && !COUNTED.matcher(core).find()
				&& !NameWords.isEvent(core) && NameWords.ACTORS.stream().noneMatch(core::endsWith)
				&& TITLES.stream().noneMatch(core::contains) && !NameWords.PROGRAM_WORDS.contains(core)
				&& !NameWords.GENERIC.contains(core)
				&& NameWords.endingAt(core, core.length(), NameWords.PLACE_WORDS) == null;
	}

	/**
	 * The words before a program word are a name of their own (钟堰慈孝), not a count (“三基地”)
	 * nor a description (“有效空间”).
	 */
	private static boolean distinctive(String rest) {
		return NameWords.properLength(rest) >= 2 && !NUMBER.matcher(rest).find();
	}

	/**
	 * The program word printed right after the quotation, with its qualifier (治理平台), or
	 * null.
	 */
	private static String tail(String text, int from) {
		if (from < text.length() && text.charAt(from) == '新') {
			return null;
		}
		String best = null;
		for (int end = from + 1; end <= Math.min(text.length(), from + MAX_TAIL); end++) {
			if (!NameWords.isHan(text.charAt(end - 1)) || particleOrVerbIn(text, from, end)) {
				break;
			}
			// a program word that a middle dot or a quotation mark continues is part of
			// another name
			if (NameWords.endingAt(text, end, NameWords.PROGRAM_WORDS) != null
					&& (end == text.length() || "·\"”'’".indexOf(text.charAt(end)) < 0)) {
				best = text.substring(from, end);
			}
		}
		return best;
	}

	/**
	 * A qualifier is nouns and adjectives (提升, 精准服务); a particle or a launching verb ends
	 * it, unless the verb is the qualifier of the program word right after it (推广模式,
	 * 启用机制).
	 */
	private static boolean particleOrVerbIn(String text, int from, int end) {
		for (int i = from; i < end; i++) {
			String one = text.substring(i, i + 1);
			String verb = NameWords.startingAt(text, i, NameWords.LAUNCH_VERBS);
			boolean qualifier = verb != null
					&& NameWords.startingAt(text, i + verb.length(), NameWords.PROGRAM_WORDS) != null;
			if (NameWords.STOPS.contains(one) || verb != null && !qualifier) {
				return true;
			}
		}
		return false;
	}

	private static boolean adjacent(String text, Quotes.Span first, Quotes.Span second) {
		int between = second.open() - first.close() - 1;
		return between == 0 || between == 1 && text.charAt(first.close() + 1) == '、';
	}

}
