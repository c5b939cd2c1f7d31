package org.civicatlas.ingest.metric;

import java.util.List;
import java.util.regex.Pattern;

import org.civicatlas.ingest.MetricModel.Category;

/**
 * Numbers that sketch the background of a story rather than report its work: how far away
 * someone's home is (800多公里远), what share of a population a group makes (占户籍人口的60%), how
 * many people a population counts (外来人口则有5万人), how high a place lies (海拔600多米), what a
 * place has many of (商户多,共有500余家), and what a place is known for when the sentence
 * introduces it by its title (作为“中国袜业之乡”,全镇袜企超300家). Such numbers are true, but no
 * program produced them, and a figure is what the program it is tied to achieved.
 */
final class Background {

	/** After a distance, these place someone or something away: 家乡有800多公里远. */
	private static final String AWAY = "外远";

	/** What closes a list of what each unit is made of. */
	private static final String MADE_OF = "组成";

	/** How far past the figure's clause the list may run to 组成 (一名…、一名…组成). */
	private static final int MAKE_UP_REACH = 40;

	/** A height above the sea (海拔600多米的山村) describes where a place lies. */
	private static final String ELEVATION = "海拔";

	/** How far before the number 海拔 may stand (海拔约, 海拔高达). */
	private static final int ELEVATION_REACH = 4;

	/** Words of a population: a share of one (占户籍人口的), or a head count beside one. */
	private static final List<String> POPULATION = List.of("人口", "常住", "户籍");

	/**
	 * A group named by where its members are registered (外省籍的职工, 温州籍新居民): 籍 as a suffix,
	 * not the 籍 of 籍贯 (one person's native place) or of 书籍, 党籍, 学籍.
	 */
	private static final Pattern REGISTERED = Pattern.compile("(?<![书党学典古])籍(?!贯)");

	/**
	 * A sentence that opens by giving a place its title sketches the place
	 * (作为“中国袜业之乡”,…).
	 */
	private static final String TITLE_OPENING = "作为“";

	/** A short clause of the shape "X多" before a clause that says how many there are. */
	private static final int ABUNDANCE_CLAUSE = 6;

	private Background() {
	}

	static boolean describes(CharSequence text, NonFigures.Match m) {
		return isDistanceAway(text, m) || isElevation(text, m) || isMakeUp(text, m) || isPopulationShare(text, m)
				|| isPopulationCount(text, m) || isTitledPlace(text, m) || isAbundance(text, m);
	}

	/**
	 * 商户多,共有500余家: the clause before says the place has many, this one how many it has.
	 */
	private static boolean isAbundance(CharSequence text, NonFigures.Match m) {
		int clauseStart = Punctuation.clauseStart(text, m.numberStart());
		String has = text.subSequence(clauseStart, m.start()).toString();
		if (clauseStart < 1 || !has.matches("[共就则还]?有")) {
			return false;
		}
		int previousStart = Punctuation.clauseStart(text, clauseStart - 1);
		String previous = text.subSequence(previousStart, clauseStart - 1).toString();
		return previous.endsWith("多") && previous.length() <= ABUNDANCE_CLAUSE;
	}

	private static boolean isDistanceAway(CharSequence text, NonFigures.Match m) {
		int after = m.unitEnd() < text.length() && "多余".indexOf(text.charAt(m.unitEnd())) >= 0 ? m.unitEnd() + 1
				: m.unitEnd();
		return Units.categoryOf(m.unit()) == Category.LENGTH && after < text.length()
				&& AWAY.indexOf(text.charAt(after)) >= 0;
	}

	/**
	 * 每个小组由2名医生、1名护士组成: what each unit is made of describes how the work is organised, it
	 * counts no result.
	 */
	private static boolean isMakeUp(CharSequence text, NonFigures.Match m) {
		String before = text.subSequence(Punctuation.sentenceStart(text, m.start()), m.start()).toString();
		int each = before.lastIndexOf('每');
		String after = text.subSequence(m.unitEnd(), Punctuation.sentenceEnd(text, m.unitEnd())).toString();
		int madeOf = after.indexOf(MADE_OF);
		return each >= 0 && before.indexOf('由', each) >= 0 && madeOf >= 0
				&& Punctuation.clauseEnd(after, 0) >= madeOf - MAKE_UP_REACH;
	}

	private static boolean isElevation(CharSequence text, NonFigures.Match m) {
		int from = Math.max(0, m.start() - ELEVATION_REACH - ELEVATION.length());
		return Units.categoryOf(m.unit()) == Category.LENGTH
				&& text.subSequence(from, m.start()).toString().contains(ELEVATION);
	}

	/** 占户籍人口的60%, 占全县户籍人口的一半: the size of a group, not a result. */
	private static boolean isPopulationShare(CharSequence text, NonFigures.Match m) {
		if (!m.unit().equals("%")) {
			return false;
		}
		String clause = text.subSequence(Punctuation.clauseStart(text, m.numberStart()), m.numberStart()).toString();
		int share = clause.lastIndexOf('占');
		return share >= 0 && population(clause.substring(share));
	}

	/**
	 * A head count in a sentence about a population (外来人口则有5万人,多于本地人口; 外省籍的职工就有600多人)
	 * counts the population.
	 */
	private static boolean isPopulationCount(CharSequence text, NonFigures.Match m) {
		if (!m.unit().equals("人")) {
			return false;
		}
		String clause = text.subSequence(Punctuation.clauseStart(text, m.numberStart()), m.numberStart()).toString();
		String sentence = text
			.subSequence(Punctuation.sentenceStart(text, m.start()), Punctuation.sentenceEnd(text, m.unitEnd()))
			.toString();
		return population(clause) || sentence.contains("人口");
	}

	private static boolean population(String words) {
		return POPULATION.stream().anyMatch(words::contains) || REGISTERED.matcher(words).find();
	}

	private static boolean isTitledPlace(CharSequence text, NonFigures.Match m) {
		int start = Punctuation.sentenceStart(text, m.start());
		return Units.startsWith(text, start, TITLE_OPENING);
	}

}
