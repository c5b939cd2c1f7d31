package org.civicatlas.ingest.place;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How people shorten official names: 绍兴市 → 绍兴, 诸暨市 → 诸暨, 天台县 → 天台, 暨阳街道 → 暨阳. A short
 * form is the name without its level suffix, and only when at least two characters
 * remain: a single character (温, 越) is not a place but part of countless words.
 */
final class ShortForms {

	private static final int MIN_LENGTH = 2;

	// Longest suffix first, so 景宁畲族自治县 gives 景宁 rather than 景宁畲族自治.
	private static final List<String> CITY_SUFFIXES = List.of("市");

	private static final List<String> DISTRICT_SUFFIXES = List.of("畲族自治县", "自治县", "区", "县", "市");

	private static final List<String> TOWNSHIP_SUFFIXES = List.of("畲族乡", "畲族镇", "街道", "镇", "乡");

	/**
	 * Short forms that are everyday words far more often than places: 西湖 and 南湖 are
	 * lakes, 江北 and 滨江 mean "north of the river" and "riverside", 江山 is "the country", 临海
	 * "by the sea", 路桥 "roads and bridges". Their official names (西湖区, 江山市…) still match.
	 */
	private static final Set<String> COMMON_WORDS = Set.of("西湖", "南湖", "江北", "滨江", "江山", "临海", "路桥");

	/**
	 * A short form followed by one of these is the start of another name (绍兴县 is a county
	 * that no longer exists, 北海市 a city in Guangxi, 嵊州路 a road, 杭州湾 a bay), so it is not
	 * a mention.
	 */
	private static final String NAME_CONTINUATIONS = "省市区县镇乡村街路巷江河湖山岛港湾溪桥";

	private ShortForms() {
	}

	/**
	 * The short form of a city, district or township, if it has a usable one; villages
	 * have none.
	 */
	static Optional<String> of(Place place) {
		String name = place.name();
		for (String suffix : suffixes(place.level())) {
			if (name.endsWith(suffix)) {
				String stem = name.substring(0, name.length() - suffix.length());
				boolean usable = stem.length() >= MIN_LENGTH && !COMMON_WORDS.contains(stem);
				return usable ? Optional.of(stem) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a township is a special zone, named without 乡, 镇 or 街道 (开发区, 保税区, 月湖新城):
	 * such names are mostly ordinary words.
	 */
	static boolean isSpecialZone(Place township) {
		return TOWNSHIP_SUFFIXES.stream().noneMatch(township.name()::endsWith);
	}

	private static List<String> suffixes(Place.Level level) {
		return switch (level) {
			case CITY -> CITY_SUFFIXES;
			case DISTRICT -> DISTRICT_SUFFIXES;
			case TOWNSHIP -> TOWNSHIP_SUFFIXES;
			case VILLAGE -> List.of(); // not shortened: 袁家 for 袁家村 would be a surname
		};
	}

	/** Whether the character right after a short form makes it part of a longer name. */
	static boolean continuesName(char next) {
		return NAME_CONTINUATIONS.indexOf(next) >= 0;
	}

}
