package org.civicatlas.ingest.metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.civicatlas.ingest.MetricModel.Category;

/**
 * Numbers followed by a measure word that still state no figure: dates and years,
 * ordinals, ranks, telephone numbers, numbers inside names and slogans, numerals that are
 * words (一个缩影, 千家万户, 三位一体) and vague ones (数百万元: no number can be stated, so the figure
 * is skipped rather than given a null value that could be neither charted nor compared).
 */
final class NonFigures {

	/** What the parser read, for the checks below. */
	record Match(int start, int numberStart, String lo, String hi, boolean chinese, boolean rounded, String unit,
			int unitEnd, String before) {
	}

	/**
	 * 年 right after these is a time frame of the story (三年来, 两年前, 90年代) or a date
	 * (2022年度); so is 近三年 ("these three years").
	 */
	private static final String AFTER_YEAR = "来前后间代度初底末级";

	/** Any duration right before these frames the story in time: 3个月来, 24小时后. */
	private static final String AFTER_DURATION = "来前后";

	/** 五年行动计划: the years are part of the plan's name. */
	private static final List<String> PLAN_NAMES = List.of("行动", "计划", "规划");

	/**
	 * Only after these is N日 a number of days; otherwise it is a day of the month
	 * (每月15日).
	 */
	private static final List<String> DAYS_CUES = List.of("历时", "为期", "用时", "耗时", "连续", "仅用", "只用", "用了", "花了");

	/**
	 * How far around a number its context is read: a clause, not a whole paragraph
	 * without punctuation.
	 */
	private static final int REACH = 24;

	private static final int SENTENCE_REACH = 120;

	private static final Set<String> RANKED = Set.of("名", "位", "次");

	/**
	 * Persons counted one by one in a story (两人, 三位村民): the people of an anecdote, not a
	 * result.
	 */
	private static final Set<String> PERSONS = Set.of("人", "位", "名");

	/**
	 * Whole units of a place: 全县253个行政村, 全省48个 and 全乡户籍人口1.87万人 describe the place, not
	 * the work.
	 */
	private static final List<String> WHOLE_PLACE = List.of("全国", "全省", "全市", "全县", "全区", "全镇", "全乡", "全街道", "全村");

	/**
	 * Before 全X, these make the number a result over the place (覆盖全县82%的社区, 为全镇40多名残疾人
	 * …).
	 */
	private static final List<String> OVER_PLACE = List.of("覆盖", "惠及", "服务", "帮助", "带动", "为", "对", "在", "占");

	/**
	 * Verbs of work done: with one of them a figure about a whole place is a result
	 * (全县建成书屋6家).
	 */
	private static final List<String> DONE = List.of("依托", "已有", "达到", "推动", "组织", "动员", "累计", "覆盖");

	/**
	 * After a count of a place's units, these say the work reached them all:
	 * 全县15个乡镇均已建成….
	 */
	private static final List<String> ALL_DONE = List.of("都已", "均已", "全部", "都建", "均建");

	/** What the words after a number say when it measures a population or a workforce. */
	private static final List<String> POPULATION = List.of("人口", "从业", "就业人员", "常住");

	/** Where a workforce works, between its head count and its verb: 2万人在此从业, 于此. */
	private static final List<String> HERE = List.of("在此", "在这里", "在当地", "于此");

	/**
	 * Words of one dispute or one debt: amounts and terms in such a sentence are the
	 * details of a single case (该起纠纷…借款人已还了3万元), not the scale of an initiative.
	 */
	private static final List<String> SINGLE_CASE = List.of("这起", "该起", "已还", "借款人");

	/** A stretch of a life (在嘉善已居住了7年) is a person's story. */
	private static final List<String> LIVED = List.of("生活了", "居住了", "住了", "待了");

	private NonFigures() {
	}

	static boolean rejects(CharSequence text, NamesAndSpeech quotes, Match m) {
		return isOrdinal(text, m) || quotes.insideName(m.numberStart()) || isWordNumeral(m) || isVague(text, m)
				|| isPartOfCode(text, m) || isDate(text, m) || isPhoneNumber(m) || isRank(text, m)
				|| isOneWhole(text, m) || isAge(m) || isNamedPlace(m) || isAnecdotePersons(m) || isContext(text, m)
				|| isSingleCase(text, m) || isLifeSpan(text, m) || Background.describes(text, m)
				|| ListedItems.counts(text, m) || Anecdotes.tells(text, m);
	}

	/** 81岁, 70岁以上的长者: ages describe people, they count nothing. */
	private static boolean isAge(Match m) {
		return m.unit().equals("岁");
	}

	/**
	 * 七村联建, 十镇: a Chinese numeral before 村 or 镇 names a group of places; a count says
	 * 7个村.
	 */
	private static boolean isNamedPlace(Match m) {
		return m.chinese() && (m.unit().equals("村") || m.unit().equals("镇"));
	}

	/** 两人, 三位村民: a handful of people in a Chinese numeral are the people of the story. */
	private static boolean isAnecdotePersons(Match m) {
		if (!m.chinese() || m.before() != null || m.rounded() || m.hi() != null || !PERSONS.contains(m.unit())) {
			return false;
		}
		BigDecimal value = ChineseNumerals.parse(m.lo());
		return value != null && value.compareTo(BigDecimal.TEN) < 0;
	}

	/**
	 * A number about a whole place: right after 全县, 全省 … (全县253个行政村, 评出了全省48个), or after
	 * the place and a noun with no verb (全乡户籍人口1.87万人); or a population or a workforce
	 * (逾2万人从业于此). These say what the place is, not what was done; 覆盖全县82%的社区 stays a
	 * result, and so does a count of the place's units that the work reached all of
	 * (全县15个乡镇均已建成…).
	 */
	private static boolean isContext(CharSequence text, Match m) {
		if (allDone(text, m)) {
			return false;
		}
		for (String place : WHOLE_PLACE) {
			int at = m.start() - place.length();
			if (Units.startsWith(text, at, place)
					&& OVER_PLACE.stream().noneMatch(word -> Units.startsWith(text, at - word.length(), word))) {
				return true;
			}
		}
		int clauseStart = Math.max(Punctuation.clauseStart(text, m.numberStart()), m.numberStart() - REACH);
		String phrase = text.subSequence(clauseStart, m.numberStart()).toString().strip();
		boolean placeAndNoun = WHOLE_PLACE.stream().anyMatch(phrase::startsWith)
				&& LabelWords.VERBS.stream().noneMatch(phrase::contains)
				&& LabelWords.EXISTENCE.stream().noneMatch(phrase::contains)
				&& DONE.stream().noneMatch(phrase::contains) && TargetCues.CUES.stream().noneMatch(phrase::contains);
		if (placeAndNoun) {
			return true;
		}
		String after = text.subSequence(m.unitEnd(), Math.min(text.length(), m.unitEnd() + REACH)).toString();
		String here = HERE.stream().filter(after::startsWith).findFirst().orElse("");
		String verb = after.substring(here.length());
		return m.unit().equals("人") && (phrase.contains("人口") || POPULATION.stream().anyMatch(verb::startsWith));
	}

	private static boolean allDone(CharSequence text, Match m) {
		int end = Math.min(Punctuation.clauseEnd(text, m.unitEnd()), m.unitEnd() + REACH);
		String after = text.subSequence(m.unitEnd(), Math.max(m.unitEnd(), end)).toString();
		return ALL_DONE.stream().anyMatch(after::contains);
	}

	/** Money and terms in a sentence about one dispute or one debt. */
	private static boolean isSingleCase(CharSequence text, Match m) {
		Category category = Units.categoryOf(m.unit());
		if (category != Category.MONEY && category != Category.DURATION) {
			return false;
		}
		int start = Math.max(Punctuation.sentenceStart(text, m.start()), m.start() - SENTENCE_REACH);
		int end = Math.min(Punctuation.sentenceEnd(text, m.unitEnd()), m.unitEnd() + SENTENCE_REACH);
		String sentence = text.subSequence(start, end).toString();
		return SINGLE_CASE.stream().anyMatch(sentence::contains);
	}

	private static boolean isLifeSpan(CharSequence text, Match m) {
		return Units.categoryOf(m.unit()) == Category.DURATION
				&& LIVED.stream().anyMatch(word -> Units.startsWith(text, m.start() - word.length(), word));
	}

	/** 三位一体, 五位一体: "N parts in one whole" is a set phrase, not N people. */
	private static boolean isOneWhole(CharSequence text, Match m) {
		return Units.startsWith(text, m.unitEnd(), "一体");
	}

	/** 第二家, 第17场, 第39个教师节. */
	private static boolean isOrdinal(CharSequence text, Match m) {
		return charBefore(text, m.numberStart()) == '第';
	}

	/**
	 * 一 and 零 alone are articles and words (一个缩影, 一批, 零容忍), and a bare 百, 千 or 万 is a
	 * number only after 上, 近 … (上百名, 近百家); otherwise it is part of a word (千家万户, 万家).
	 */
	private static boolean isWordNumeral(Match m) {
		if (!m.chinese()) {
			return false;
		}
		if (m.lo().equals("一") || m.lo().equals("零") || m.lo().equals("〇")) {
			return m.hi() == null;
		}
		return !ChineseNumerals.hasDigit(m.lo()) && m.before() == null;
	}

	/**
	 * 数百万元, 几十个, 若干名: an order of magnitude, not a number. Before Arabic digits 数 ends a
	 * noun (人数350人次, 户数120户): the number is exact.
	 */
	private static boolean isVague(CharSequence text, Match m) {
		char before = m.chinese() ? charBefore(text, m.start()) : '\0';
		return before == '数' || before == '几' || Units.startsWith(text, m.start() - 2, "若干");
	}

	/**
	 * 3A级, 5G, "3+1", 1:1 — letters, plus signs and colons make a number part of a code
	 * or a ratio.
	 */
	private static boolean isPartOfCode(CharSequence text, Match m) {
		char before = charBefore(text, m.numberStart());
		boolean letter = before < 128 && Character.isLetter(before);
		boolean ratio = (before == ':' || before == '：') && Character.isDigit(charBefore(text, m.numberStart() - 1));
		return letter || ratio || before == '+' || before == '＋';
	}

	private static boolean isDate(CharSequence text, Match m) {
		// 三年多来: a 多 or 余 after the unit does not change the time frame that follows it
		int after = m.unitEnd() < text.length() && "多余".indexOf(text.charAt(m.unitEnd())) >= 0 ? m.unitEnd() + 1
				: m.unitEnd();
		if (m.unit().equals("年")) {
			return isYear(m.lo(), m) || m.hi() != null && isYear(m.hi(), m)
					|| after < text.length() && AFTER_YEAR.indexOf(text.charAt(after)) >= 0
					|| "这那".indexOf(charBefore(text, m.start())) >= 0 || "近".equals(m.before())
					|| PLAN_NAMES.stream().anyMatch(word -> Units.startsWith(text, m.unitEnd(), word));
		}
		if (Units.categoryOf(m.unit()) == Category.DURATION && after < text.length()
				&& AFTER_DURATION.indexOf(text.charAt(after)) >= 0) {
			return true;
		}
		if (m.unit().equals("日")) {
			return DAYS_CUES.stream().noneMatch(cue -> Units.startsWith(text, m.start() - cue.length(), cue));
		}
		return false;
	}

	/** 2023年, 二〇二三年: four digits in the range of years, with no 万, 余 or 多 about them. */
	private static boolean isYear(String number, Match m) {
		if (m.rounded() || number.length() != 4) {
			return false;
		}
		BigDecimal value = m.chinese() ? ChineseNumerals.parse(number) : Numbers.arabic(number);
		return value != null && value.scale() <= 0 && value.intValue() >= 1900 && value.intValue() <= 2099;
	}

	/**
	 * A telephone or area code: a leading zero (0575) or seven digits and more with no
	 * separator. Short hotlines (12345, 12315) need no rule: no measure word ever follows
	 * them.
	 */
	private static boolean isPhoneNumber(Match m) {
		String lo = m.lo();
		boolean plainInteger = lo.chars().allMatch(Character::isDigit);
		return !m.chinese() && plainInteger && (lo.length() > 1 && lo.charAt(0) == '0' || lo.length() >= 7);
	}

	/** 排名前30名: a rank, not a count. */
	private static boolean isRank(CharSequence text, Match m) {
		return RANKED.contains(m.unit()) && charBefore(text, m.start()) == '前';
	}

	private static char charBefore(CharSequence text, int at) {
		return at > 0 && at <= text.length() ? text.charAt(at - 1) : '\0';
	}

}
