package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One subtype's cue words indexed by their first character, built once per taxonomy:
 * counting cues is the pipeline's hottest loop (every program of a page against every
 * subtype over its articles' text), and looking at every cue at every character made it
 * most of a page's time.
 */
final class CueIndex {

	private final BitSet firsts = new BitSet();

	/**
	 * Per first character, its cues longest first, so the first that matches is the
	 * longest.
	 */
	private final Map<Character, String[]> byFirst = new HashMap<>();

	CueIndex(List<String> cues) {
		Map<Character, List<String>> grouped = new HashMap<>();
		for (String cue : cues) {
			if (!cue.isEmpty()) {
				firsts.set(cue.charAt(0));
				grouped.computeIfAbsent(cue.charAt(0), c -> new ArrayList<>()).add(cue);
			}
		}
		grouped.forEach((first, list) -> byFirst.put(first,
				list.stream().sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new)));
	}

	/**
	 * Occurrences of the cues, the longest cue at each place, none overlapping: 新乡贤
	 * counts once, not as 新乡贤 and 乡贤.
	 */
	int hits(String text) {
		int hits = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int longest = 0;
			if (firsts.get(c)) {
				for (String cue : byFirst.get(c)) {
					if (text.startsWith(cue, i)) {
						longest = cue.length();
						break;
					}
				}
			}
			hits += longest > 0 ? 1 : 0;
			i += Math.max(longest, 1);
		}
		return hits;
	}

}
