package org.civicatlas.ingest.metric;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.ingest.MetricModel.Category;

/**
 * The measure words a figure may end with, and the category each gives. A number followed
 * by none of them is not a figure: a bare number is a name, a code or a hotline far more
 * often than a count.
 */
final class Units {

	private static final Map<String, Category> CATEGORIES = new LinkedHashMap<>();

	static {
		put(Category.MONEY, "元");
		put(Category.PERCENT, "%", "％");
		put(Category.AREA, "平方公里", "平方千米", "平方米", "平米", "公顷", "亩");
		put(Category.LENGTH, "千米", "公里", "米");
		// 月 alone is not here: after a number it names a month (8月起), a duration says 个月
		put(Category.DURATION, "个工作日", "个月", "小时", "分钟", "年", "天", "日");
		put(Category.COUNT, "人次", "场次", "户次", "件次", "条次", "名", "人", "个", "家", "户", "件", "起", "条", "场", "次", "项", "笔",
				"所", "座", "套", "台", "辆", "间", "栋", "幢", "处", "批", "支", "位", "只", "张", "期", "届", "村", "镇", "拨", "种", "份",
				"本", "册", "篇", "盏", "棵", "株", "榀", "艘", "架", "宗");
		put(Category.OTHER, "千克", "公斤", "吨", "倍", "岁");
	}

	/**
	 * Single-character units that also begin common words; followed by these they are
	 * that word, not a unit (8890人工话务平台, 5项目 …).
	 */
	private static final Map<String, String> NOT_BEFORE = Map.ofEntries(Map.entry("人", "工员民口才士大力群物性生类事"),
			Map.entry("家", "庭园乡长属"), Map.entry("年", "龄轻纪"), Map.entry("项", "目"), Map.entry("名", "单称义字片牌录额"),
			Map.entry("条", "件例"), Map.entry("次", "坞数序"), Map.entry("天", "台然地下津"), Map.entry("台", "州"),
			Map.entry("支", "持部"), Map.entry("本", "地土"), Map.entry("户", "籍口外"), Map.entry("场", "所地景"),
			Map.entry("处", "理置"), Map.entry("位", "于置"), Map.entry("座", "谈"), Map.entry("批", "准复"),
			Map.entry("起", "步点来"));

	/** Longest first, so that 人次 wins over 人 and 个月 over 个. */
	private static final List<String> BY_LENGTH = CATEGORIES.keySet()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	/** Rates such as 元/人 or 元/亩: the money unit, a slash and what it is per. */
	private static final String PER = "人户月年天次亩";

	private Units() {
	}

	private static void put(Category category, String... units) {
		for (String unit : units) {
			CATEGORIES.put(unit, category);
		}
	}

	/** The unit printed at {@code at}, or {@code null} when there is none. */
	static String unitAt(CharSequence text, int at) {
		for (String unit : BY_LENGTH) {
			if (startsWith(text, at, unit)) {
				int after = at + unit.length();
				if (after < text.length() && NOT_BEFORE.getOrDefault(unit, "").indexOf(text.charAt(after)) >= 0) {
					return null;
				}
				boolean rate = unit.equals("元") && after + 1 < text.length() && text.charAt(after) == '/'
						&& PER.indexOf(text.charAt(after + 1)) >= 0;
				if (unit.equals("％")) {
					return "%"; // the full-width sign is the same unit: one spelling for
								// every figure
				}
				return rate ? text.subSequence(at, after + 2).toString() : unit;
			}
		}
		return null;
	}

	static Category categoryOf(String unit) {
		return unit.startsWith("元") ? Category.MONEY : CATEGORIES.get(unit);
	}

	/**
	 * Measure words of things counted one by one, which the counted noun follows (54名乡贤).
	 */
	static boolean isClassifier(String unit) {
		return categoryOf(unit) == Category.COUNT;
	}

	static boolean startsWith(CharSequence text, int at, String word) {
		if (at < 0 || at + word.length() > text.length()) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (text.charAt(at + i) != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
