package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides which mentions name programs and which mentions name the same one.
 *
 * <p>
 * A quoted name is a program when any of its mentions on the page shows it (“爱心卡” is only
 * called a 项目 once); an unquoted one when its own mention does, or when the page prints
 * it twice. Mentions are one program when they share their core (“一庭园三基地” and
 * “一庭园三基地”项目), when one core is the other plus a {@code ·} qualifier (“亲清直通车” and
 * “亲清直通车·政企恳谈会”: the series and its meetings), or, within one article, when one name is
 * the other with leading place names (北海街道新乡贤联谊会 and 新乡贤联谊会). Other extensions are
 * different programs. Across articles the same core is one program only when the articles
 * are not about different districts: two towns' 乡贤联谊会 are two associations.
 */
final class MentionGroups {

	/**
	 * The mentions of one program in reading order, with its name and other spellings.
	 */
	record Group(String name, List<String> aliases, List<Mention> mentions) {

		Mention first() {
			return mentions.get(0);
		}

	}

	private static final int MIN_ALIAS = 2;

	private MentionGroups() {
	}

	/**
	 * @param mentions every mention of the page in reading order
	 * @param districtOf the district code of an article (by index), or null when unknown
	 */
	static List<Group> of(List<Mention> mentions, Function<Integer, String> districtOf) {
		Set<String> shownCores = mentions.stream()
			.filter(m -> m.quoted() && m.evidence())
			.map(Mention::core)
			.collect(Collectors.toSet());
		Map<String, Long> printed = mentions.stream()
			.filter(m -> !m.quoted())
			.collect(Collectors.groupingBy(Mention::name, Collectors.counting()));
		List<List<Mention>> groups = new ArrayList<>();
		List<Mention> rest = new ArrayList<>();
		for (Mention mention : mentions) {
			boolean program = shownCores.contains(mention.core())
					|| !mention.quoted() && (mention.evidence() || printed.get(mention.name()) > 1);
			if (!program) {
				rest.add(mention);
			}
			else if (!join(groups, mention, districtOf, false)) {
				groups.add(new ArrayList<>(List.of(mention)));
			}
		}
		// a mention that does not make a program may still be another spelling of one
		for (Mention mention : rest) {
			join(groups, mention, districtOf, true);
		}
		return groups.stream()
			.map(MentionGroups::group)
			.sorted(Comparator.comparing(Group::first, MentionGroups::order))
			.toList();
	}

	private static boolean join(List<List<Mention>> groups, Mention mention, Function<Integer, String> districtOf,
			boolean sameArticleOnly) {
		for (List<Mention> group : groups) {
			for (Mention member : group) {
				if (sameProgram(member, mention, districtOf, sameArticleOnly)) {
					group.add(mention);
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sameProgram(Mention a, Mention b, Function<Integer, String> districtOf,
			boolean sameArticleOnly) {
		boolean sameArticle = a.article() == b.article();
		if (sameArticle && (placeVariant(a.name(), b.name()) || placeVariant(a.core(), b.core())
				|| shortened(a.name(), b.name()))) {
			return true;
		}
		if (!sameArticle
				&& (sameArticleOnly || !compatible(districtOf.apply(a.article()), districtOf.apply(b.article())))) {
			return false;
		}
		return a.core().equals(b.core()) || qualified(a.core(), b.core()) || qualified(b.core(), a.core())
				|| a.quoted() && b.quoted() && (kindAdded(a.core(), b.core()) || kindAdded(b.core(), a.core()));
	}

	/**
	 * {@code longer} is {@code shorter} with a program word of its own: “共富驿站计划” and
	 * “共富驿站”项目 are one plan, its program word printed once inside the quotation, once
	 * after it.
	 */
	private static boolean kindAdded(String longer, String shorter) {
		String head = NameWords.head(longer);
		return head != null && shorter.length() >= 2 && longer.equals(shorter + head);
	}

	private static boolean compatible(String a, String b) {
		return a == null || b == null || a.equals(b);
	}

	/**
	 * {@code longer} is {@code shorter} with a qualifier after a middle dot, or before
	 * one.
	 */
	private static boolean qualified(String longer, String shorter) {
		return longer.startsWith(shorter + "·") || longer.endsWith("·" + shorter);
	}

	private static boolean placeVariant(String a, String b) {
		boolean aLonger = a.length() >= b.length();
		String longer = aLonger ? a : b;
		String shorter = aLonger ? b : a;
		return longer.endsWith(shorter) && NameWords.head(shorter) != null
				&& NameWords.isPlaceChain(longer.substring(0, longer.length() - shorter.length()));
	}

	/**
	 * One name drops words before the program word of the other: 花灯工坊 for 花灯共富工坊, 乡贤专班
	 * for 乡贤人才工作专班. Only within an article, where the short form refers back to the long
	 * one.
	 */
	private static boolean shortened(String a, String b) {
		for (String word : NameWords.PROGRAM_WORDS) {
			if (a.endsWith(word) && b.endsWith(word) && !a.equals(b)) {
				String stemA = a.substring(0, a.length() - word.length());
				String stemB = b.substring(0, b.length() - word.length());
				String shorter = stemA.length() <= stemB.length() ? stemA : stemB;
				String longer = shorter == stemA ? stemB : stemA;
				return shorter.length() >= 2 && longer.startsWith(shorter);
			}
		}
		return false;
	}

	private static Group group(List<Mention> mentions) {
		List<Mention> ordered = mentions.stream().sorted(MentionGroups::order).toList();
		// The name is the form the articles print most, the first printed winning a tie;
		// a quoted
		// name with a program word of its own (“一庭园三基地”) is preferred to the same with a
		// word
		// the article added after the quotation (“一庭园三基地”项目).
		List<Mention> named = ordered.stream()
			.filter(m -> m.quoted() && m.name().equals(m.core()) && NameWords.head(m.core()) != null)
			.toList();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Mention mention : named.isEmpty() ? ordered : named) {
			counts.merge(mention.name(), 1, Integer::sum);
		}
		String name = counts.entrySet()
			.stream()
			.max(Comparator.comparingInt(Map.Entry::getValue))
			.map(Map.Entry::getKey)
			.orElseThrow();
		Set<String> aliases = new LinkedHashSet<>();
		for (Mention mention : ordered) {
			aliases.add(mention.name());
			aliases.add(mention.core());
		}
		aliases.remove(name);
		// one character (凝 of 助“凝”圆梦工坊, 桥 of “桥”见未来) matches anywhere: it is no spelling
		// of a name
		aliases.removeIf(alias -> alias.length() < MIN_ALIAS);
		return new Group(name, List.copyOf(aliases), ordered);
	}

	private static int order(Mention a, Mention b) {
		return a.equals(b) ? 0 : a.before(b) ? -1 : 1;
	}

}
