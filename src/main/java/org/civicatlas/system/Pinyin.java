package org.civicatlas.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Hanyu Pinyin of Chinese names, without tone marks and with ü, as the gazetteer's
 * English names write it (吕山乡 → Lüshan). pinyin4j knows every reading of a character but
 * not which one a word uses, and gives them in its own order; {@link #READINGS} names the
 * reading place and program names use where that order puts another first (长兴 is
 * Changxing, not Zhangxing). The list was made by comparing the library's first reading
 * with the gazetteer's English names and the taxonomy's words (docs/readers.md).
 */
public final class Pinyin {

	static final Map<Character, String> READINGS = Map.ofEntries(Map.entry('长', "chang"), Map.entry('都', "du"),
			Map.entry('厦', "xia"), Map.entry('莘', "shen"), Map.entry('瞿', "qu"), Map.entry('柏', "bai"),
			Map.entry('峤', "qiao"), Map.entry('甽', "zhen"), Map.entry('牟', "mu"), Map.entry('调', "tiao"),
			Map.entry('给', "gei"));

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
	}

	private Pinyin() {
	}

	/**
	 * The text as words: each Chinese character its syllable, each run of Latin letters
	 * or digits one word as written; punctuation and spaces separate and are dropped.
	 * 「共富工坊2.0」 → gong, fu, gong, fang, 2, 0.
	 */
	public static List<String> syllables(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		for (char c : text.toCharArray()) {
			String reading = reading(c);
			if (reading != null || !Character.isLetterOrDigit(c)) {
				flush(run, words);
				if (reading != null) {
					words.add(reading);
				}
			}
			else {
				run.append(c);
			}
		}
		flush(run, words);
		return words;
	}

	/**
	 * The syllables joined into one capitalised word, as a proper name is written: 西湖 →
	 * Xihu; a syllable that begins with a, o or e after another gets an apostrophe, so
	 * the word reads one way only (临安 → Lin'an, not Li-nan).
	 */
	public static String word(String text) {
		StringBuilder word = new StringBuilder();
		for (String syllable : syllables(text)) {
			if (!word.isEmpty() && "aoe".indexOf(syllable.charAt(0)) >= 0) {
				word.append('\'');
			}
			word.append(syllable);
		}
		return capitalise(word.toString());
	}

	/**
	 * The syllables separated by spaces, the first capitalised: 乡贤参事会 → Xiang xian can
	 * shi hui. Without a dictionary the words of a phrase are not known, so no syllables
	 * are joined.
	 */
	public static String spaced(String text) {
		return capitalise(String.join(" ", syllables(text)));
	}

	static String capitalise(String word) {
		return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	/** The syllable of a Chinese character, or null for any other character. */
	private static String reading(char c) {
		String preferred = READINGS.get(c);
		if (preferred != null) {
			return preferred;
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			return readings == null || readings.length == 0 ? null : readings[0];
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			// the format above is a valid combination; only tone marks with v are refused
			throw new IllegalStateException(ex);
		}
	}

	private static void flush(StringBuilder run, List<String> words) {
		if (!run.isEmpty()) {
			words.add(run.toString());
			run.setLength(0);
		}
	}

}
