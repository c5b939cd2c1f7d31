package org.civicatlas.place;

import java.util.List;

import org.civicatlas.system.Pinyin;

/**
 * English and pinyin forms of an official place name, made from its pinyin and its level
 * word: 西湖区 → "Xihu District" and "Xihu Qu", 北海街道 → "Beihai Subdistrict", 杭州市 →
 * "Hangzhou" (a prefecture-level city goes by its name alone). The proper name is one
 * word, as place names are written in pinyin; the level word is translated as the
 * gazetteer does (街道 Subdistrict, 镇 Town, 乡 Township, 村 Village, 社区 Community). The
 * gazetteer's own English names, where present, come first; these forms fill the gaps
 * (villages, places added later) and give {@code namePinyin}.
 */
public final class PlaceRomanization {

	/**
	 * A level word and its English form; the longer words first, so 自治县 is found before
	 * 县.
	 */
	private record Suffix(String zh, String en) {
	}

	private static final List<Suffix> SUFFIXES = List.of(new Suffix("自治县", "Autonomous County"),
			new Suffix("街道", "Subdistrict"), new Suffix("社区", "Community"), new Suffix("县", "County"),
			new Suffix("区", "District"), new Suffix("市", "City"), new Suffix("镇", "Town"), new Suffix("乡", "Township"),
			new Suffix("村", "Village"));

	private PlaceRomanization() {
	}

	/** The English form: the proper name in pinyin and the level word in English. */
	public static String english(String name, boolean prefectureCity) {
		Suffix suffix = suffix(name);
		if (suffix == null) {
			return Pinyin.word(name);
		}
		String stem = Pinyin.word(stem(name, suffix));
		return prefectureCity && suffix.zh().equals("市") ? stem : stem + " " + suffix.en();
	}

	/**
	 * The whole name in pinyin, the level word apart: 西湖区 → Xihu Qu, 北海街道 → Beihai
	 * Jiedao.
	 */
	public static String pinyin(String name) {
		Suffix suffix = suffix(name);
		return suffix == null ? Pinyin.word(name) : Pinyin.word(stem(name, suffix)) + " " + Pinyin.word(suffix.zh());
	}

	/**
	 * The name without its level word: 西湖区 → 西湖, 北海街道 → 北海; a name without one as it is.
	 */
	public static String properName(String name) {
		Suffix suffix = suffix(name);
		return suffix == null ? name : stem(name, suffix);
	}

	private static Suffix suffix(String name) {
		for (Suffix suffix : SUFFIXES) {
			// a name that is only a level word (开发区 aside, there is none) keeps it as its
			// proper name
			if (name.endsWith(suffix.zh()) && name.length() > suffix.zh().length()) {
				return suffix;
			}
		}
		return null;
	}

	private static String stem(String name, Suffix suffix) {
		return name.substring(0, name.length() - suffix.zh().length());
	}

}
