package org.civicatlas.ingest.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every name a place can be printed under, each with the places it may stand for and how
 * much it proves on its own, behind one Aho–Corasick automaton.
 * <p>
 * Official names keep all their homonyms (大桥镇 is a town in 南湖区 and in 江山市): the article's
 * context decides later. A name shared by places of different levels stands for the
 * highest of them, as readers take it. A short form must stand for one place: it is
 * dropped when it equals an official name (official names win), and when several places
 * share it only the highest level keeps it, if it is alone there (舟山 is 舟山市, not the town
 * 舟山镇; 大桥 is two towns, so nothing).
 */
final class NameDictionary {

	/** 王村, 东村: two-character village names are too generic to find in running text. */
	private static final int MIN_VILLAGE_NAME = 3;

	/**
	 * The length from which a township's short form is a proper name rather than a common
	 * word.
	 */
	private static final int MIN_DISTINCT_TOWNSHIP_FORM = 3;

	/** What a name needs, besides itself, to count as a mention of its place. */
	enum Support {

		/**
		 * Official names with their level word (诸暨市, 北海街道, 越西社区) and short forms of
		 * cities and districts.
		 */
		NONE,

		/**
		 * The article names the place's district: township short forms of three or more
		 * characters (新安江, 青山湖, mostly landmarks that may mean the lake or the river) and
		 * special zones named without a level word (开发区, 保税区).
		 */
		DISTRICT,

		/**
		 * The article names the township in full: two-character township short forms,
		 * which are ordinary words far too often (建设, 和平, 新建, 湖南, 街头), so they only add
		 * mentions.
		 */
		FULL_NAME

	}

	/** A name and the places it may stand for, all of one level. */
	record Entry(String name, List<Place> places, boolean shortForm, Support support) {
	}

	private final List<Entry> entries = new ArrayList<>();

	private final AhoCorasick automaton;

	/**
	 * @param aliases other names by place code, each standing for its place like an
	 * official name
	 */
	NameDictionary(Collection<Place> places, Map<String, List<String>> aliases) {
		Map<String, List<Place>> official = new LinkedHashMap<>();
		Map<String, List<Place>> shortened = new LinkedHashMap<>();
		for (Place place : places) {
			if (place.level() != Place.Level.VILLAGE || place.name().length() >= MIN_VILLAGE_NAME) {
				official.computeIfAbsent(place.name(), name -> new ArrayList<>()).add(place);
			}
			for (String alias : aliases.getOrDefault(place.code(), List.of())) {
				List<Place> meant = official.computeIfAbsent(alias, name -> new ArrayList<>());
				if (!meant.contains(place)) {
					meant.add(place);
				}
			}
			ShortForms.of(place).ifPresent(form -> shortened.computeIfAbsent(form, f -> new ArrayList<>()).add(place));
		}
		official.forEach((name, homonyms) -> {
			List<Place> meant = highestLevel(homonyms);
			boolean specialZone = meant.get(0).level() == Place.Level.TOWNSHIP
					&& ShortForms.isSpecialZone(meant.get(0));
			entries.add(new Entry(name, meant, false, specialZone ? Support.DISTRICT : Support.NONE));
		});
		shortened.forEach((form, sharing) -> {
			List<Place> meant = highestLevel(sharing);
			if (!official.containsKey(form) && meant.size() == 1) {
				entries.add(new Entry(form, meant, true, shortFormSupport(form, meant.get(0))));
			}
		});
		this.automaton = new AhoCorasick(entries.stream().map(Entry::name).toList());
	}

	private static Support shortFormSupport(String form, Place place) {
		if (place.level() != Place.Level.TOWNSHIP) {
			return Support.NONE;
		}
		return (form.length() >= MIN_DISTINCT_TOWNSHIP_FORM) ? Support.DISTRICT : Support.FULL_NAME;
	}

	private static List<Place> highestLevel(List<Place> places) {
		Place.Level top = places.stream().map(Place::level).min(Comparator.naturalOrder()).orElseThrow();
		return places.stream().filter(place -> place.level() == top).toList();
	}

	Entry entry(int key) {
		return entries.get(key);
	}

	/**
	 * Every occurrence of every name, overlapping ones included; {@code key} is for
	 * {@link #entry}.
	 */
	void scan(CharSequence text, AhoCorasick.Hits hits) {
		automaton.scan(text, hits);
	}

}
