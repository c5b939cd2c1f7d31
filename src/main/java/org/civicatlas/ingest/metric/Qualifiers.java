package org.civicatlas.ingest.metric;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.ingest.MetricModel.Approx;

/**
 * The words around a number that say how exact it is ({@code spec/open-data.md}): before
 * it 近, 约, 超过, 逾, 达到 …; after it 余, 多, 以上, 左右. 共计 and 累计 only say that a number is a
 * total and qualify nothing.
 */
final class Qualifiers {

	private static final Map<String, Approx> BEFORE = new LinkedHashMap<>();

	static {
		BEFORE.put("将近", Approx.NEARLY);
		BEFORE.put("接近", Approx.NEARLY);
		BEFORE.put("近", Approx.NEARLY);
		BEFORE.put("大约", Approx.ABOUT);
		BEFORE.put("约为", Approx.ABOUT);
		BEFORE.put("约有", Approx.ABOUT);
		BEFORE.put("约", Approx.ABOUT);
		BEFORE.put("超过", Approx.OVER);
		BEFORE.put("突破", Approx.OVER);
		BEFORE.put("超", Approx.OVER);
		BEFORE.put("逾", Approx.MORE_THAN);
		BEFORE.put("高达", Approx.REACHED);
		BEFORE.put("多达", Approx.REACHED);
		BEFORE.put("达到", Approx.REACHED);
		BEFORE.put("达", Approx.REACHED);
	}

	private static final List<String> BEFORE_BY_LENGTH = BEFORE.keySet()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	/** 最近, 附近, 就近 and 临近 speak of place or time, not of a number that follows. */
	private static final String NOT_BEFORE_NEAR = "最附就临";

	/** 上 makes a bare magnitude a number: 上百名 is "a hundred and more". */
	static final String UPWARDS = "上";

	private Qualifiers() {
	}

	/** The qualifier that ends right before {@code numberStart}, or {@code null}. */
	static String before(CharSequence text, int numberStart) {
		for (String word : BEFORE_BY_LENGTH) {
			int at = numberStart - word.length();
			if (Units.startsWith(text, at, word)
					&& !(word.equals("近") && at > 0 && NOT_BEFORE_NEAR.indexOf(text.charAt(at - 1)) >= 0)) {
				return word;
			}
		}
		return null;
	}

	static Approx approxOf(String before) {
		return before.equals(UPWARDS) ? Approx.MORE_THAN : BEFORE.get(before);
	}

	/** 余 and 多 between the number and its unit. */
	static Approx ofInner(char c) {
		return c == '余' || c == '多' ? Approx.MORE_THAN : null;
	}

	/** The qualifier printed right after the unit ({@code 95%以上}), or {@code null}. */
	static String after(CharSequence text, int unitEnd) {
		for (String word : new String[] { "以上", "左右" }) {
			if (Units.startsWith(text, unitEnd, word)) {
				return word;
			}
		}
		return null;
	}

	static Approx approxOfAfter(String after) {
		return after.equals("以上") ? Approx.OVER : Approx.ABOUT;
	}

}
