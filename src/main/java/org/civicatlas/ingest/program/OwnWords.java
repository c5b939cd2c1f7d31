package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The program a paragraph goes on about without naming it: the one whose own words it
 * repeats. A practice is named once and then described in its own terms (a name of rice
 * and shrimp, then a paragraph on paddies and shrimp; a name of one inspection, then a
 * paragraph on inspections), so a paragraph that names no program but prints most of the
 * characters that make one name particular belongs to it. What makes a name particular is
 * what is left once its place, its program words, its descriptive words (服务, 治理), its
 * launching verbs and its numerals are taken out, and the characters of the headline too:
 * they say what the whole article is about (乡贤 in a story on sages), not which program.
 * At least two of those characters, and more than half of them, must be printed, and more
 * than of any other program; a coincidence of single characters (善 of a place, 进 of 进出口)
 * rarely covers most of a name. Otherwise the paragraph is left to the other rules.
 */
final class OwnWords {

	private static final int MIN_SHARED = 2;

	private static final String NUMERALS = "一二两三四五六七八九十百千万";

	private final List<String> names;

	/**
	 * Per program, the characters that make its name particular, the headline's left out.
	 */
	private final List<Set<Character>> own;

	/**
	 * @param names the article's programs
	 * @param headline the article's headline, or null
	 */
	OwnWords(List<String> names, String headline) {
		this.names = names;
		this.own = new ArrayList<>();
		for (String name : names) {
			Set<Character> chars = own(name);
			// the article's topic (乡贤 in a headline on sages) tells no program apart
			chars.removeIf(c -> headline != null && headline.indexOf(c) >= 0);
			own.add(chars);
		}
	}

	/**
	 * @param paragraph a paragraph that names no program
	 * @return the one program whose own characters the paragraph repeats, or null
	 */
	String of(String paragraph) {
		String best = null;
		int bestShared = 0;
		boolean tie = false;
		for (int k = 0; k < names.size(); k++) {
			Set<Character> chars = own.get(k);
			int shared = (int) chars.stream().filter(c -> paragraph.indexOf(c) >= 0).count();
			if (shared < MIN_SHARED || 2 * shared <= chars.size()) {
				continue;
			}
			if (shared > bestShared) {
				best = names.get(k);
				bestShared = shared;
				tie = false;
			}
			else if (shared == bestShared) {
				tie = true;
			}
		}
		return tie ? null : best;
	}

	/**
	 * A word at the offset that says what the program is or does rather than which one it
	 * is: a descriptive word, a program word (共富工坊 inside 5+X共富工坊推广模式), a launching verb.
	 */
	private static String descriptive(String words, int at) {
		for (List<String> list : List.of(NameWords.GENERIC, NameWords.PROGRAM_WORDS, NameWords.LAUNCH_VERBS)) {
			String word = NameWords.startingAt(words, at, list);
			if (word != null) {
				return word;
			}
		}
		return null;
	}

	/** The characters that make the name particular. */
	private static Set<Character> own(String name) {
		String head = NameWords.head(name);
		String words = name.substring(NameWords.placePrefixLength(name),
				name.length() - (head == null ? 0 : head.length()));
		Set<Character> own = new LinkedHashSet<>();
		for (int i = 0; i < words.length();) {
			String generic = descriptive(words, i);
			if (generic != null) {
				i += generic.length();
				continue;
			}
			char c = words.charAt(i++);
			if (NameWords.isHan(c) && NUMERALS.indexOf(c) < 0) {
				own.add(c);
			}
		}
		return own;
	}

}
