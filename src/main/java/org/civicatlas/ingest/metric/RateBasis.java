package org.civicatlas.ingest.metric;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civicatlas.ingest.MetricModel.Category;
import org.civicatlas.ingest.MetricModel.Per;

/**
 * Tells a rate from a total: 人均月增收4000元 is 4000 yuan a month per person, 每亩收益1100元 is per
 * mu, 2.36亿元 after 每年 is a yearly figure. A rate must never be added to a total (a 410万元
 * fund and a 4000元 monthly rise are not 410.4万元), so it carries its basis. The basis is
 * read from the unit (元/亩) or from a cue word before the number in its clause; of several
 * cues (人均月增收) the one nearest the number wins, as it is what the number is counted by
 * first.
 */
final class RateBasis {

	/** Cue words before a number, each with the basis it gives. */
	private static final Map<String, Per> CUES = new LinkedHashMap<>();

	static {
		cues(Per.PERSON, "人均", "每人", "每名", "每位");
		cues(Per.HOUSEHOLD, "户均", "每户");
		cues(Per.MU, "每亩", "亩均", "亩产");
		cues(Per.MONTH, "每月", "每个月", "月均", "月增收", "月收入", "月薪", "月工资", "月租");
		cues(Per.YEAR, "每年", "年均", "年增收", "年收入", "年产值", "年营收", "年销售额");
		cues(Per.DAY, "每天", "每日", "日均", "一天");
	}

	/** 元/人, 元/亩 …: the letter after the slash of a rate unit. */
	private static final Map<Character, Per> SLASHED = Map.of('人', Per.PERSON, '户', Per.HOUSEHOLD, '亩', Per.MU, '月',
			Per.MONTH, '年', Per.YEAR, '天', Per.DAY);

	/** How far before the number a cue is looked for (每年分别由此增收2.36亿元、4.18亿元). */
	private static final int REACH = 24;

	private RateBasis() {
	}

	private static void cues(Per per, String... words) {
		for (String word : words) {
			CUES.put(word, per);
		}
	}

	/**
	 * The basis of the figure, or {@code null} when it is a total (or a percentage, a
	 * share of something).
	 */
	static Per of(CharSequence text, Figure figure) {
		if (figure.category() == Category.PERCENT) {
			return null;
		}
		int slash = figure.unit().indexOf('/');
		if (slash >= 0) {
			return SLASHED.get(figure.unit().charAt(slash + 1));
		}
		// the nearest cue before the number in its clause; commas bound it, an
		// enumeration (、) does not
		for (int end = figure.start(); end > Math.max(0, figure.start() - REACH); end--) {
			char c = text.charAt(end - 1);
			if (c == '，' || c == ',' || c == '：' || c == ':' || Punctuation.endsSentence(c)) {
				return null;
			}
			for (Map.Entry<String, Per> cue : CUES.entrySet()) {
				if (Units.startsWith(text, end - cue.getKey().length(), cue.getKey())) {
					return cue.getValue();
				}
			}
		}
		return null;
	}

}
