package org.civicatlas.ingest.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.civicatlas.ingest.PlaceMatch;
import org.civicatlas.ingest.PlaceMatch.VillageRef;

/**
 * Tells which Zhejiang places an article is about, from its full text (headline and
 * body).
 * <ol>
 * <li>Names are found by longest match ({@link MentionFinder}): official names and the
 * unambiguous short forms of {@link NameDictionary}.</li>
 * <li>A name printed right after a larger one binds to it: 越城区北海街道 is the 北海街道 of 越城区,
 * and a 大桥镇 followed by a village that only one 大桥镇 has is that 大桥镇.</li>
 * <li>The article's context is what its self-sufficient names resolve to (official names,
 * short forms of cities and districts). Weaker names count only with support, see
 * {@link NameDictionary.Support}, or printed right after their district or city
 * (诸暨暨阳).</li>
 * <li>A homonym (城南街道, 大桥镇) is the one in the most mentioned of its districts, else of
 * its cities; on a tie, or with no support, it is left out rather than guessed.</li>
 * <li>The main city is the most mentioned, counting the mentions of its districts and
 * townships (the earliest wins a tie); the main district is the most mentioned within it,
 * so a district never named is inferred only from townships that were resolved.</li>
 * <li>A village gets its code when exactly one village of that name lies in the place
 * printed right before it, else among the article's townships, else in its main district.
 * Printed right after a township or district but unknown there, it is listed without
 * code; otherwise it is left out, since many village names are also words (共富村, 自然村,
 * 小山村).</li>
 * </ol>
 * Immutable and thread-safe; build one per {@link GazetteerIndex} and reuse it.
 */
public final class PlaceMatcher {

	private final GazetteerIndex index;

	private final MentionFinder finder;

	public PlaceMatcher(GazetteerIndex index) {
		this.index = Objects.requireNonNull(index, "index");
		this.finder = new MentionFinder(index.names());
	}

	/**
	 * The places of a text; {@link PlaceMatch#none()} when it names no place of Zhejiang.
	 */
	public PlaceMatch match(String text) {
		return match(text, 0);
	}

	/**
	 * The places of one article. A place its headline names (永康:…, a district and
	 * township before the topic) is the one the article is about, even when the body
	 * names another more often (the home county of the people it is about).
	 */
	public PlaceMatch match(String headline, String body) {
		return match(headline + "\n" + body, MentionFinder.compact(headline).length());
	}

	private PlaceMatch match(String text, int headlineLength) {
		List<Mention> mentions = finder.find(text);
		bindChains(mentions);
		List<Mention> areas = mentions.stream().filter(m -> m.level() != Place.Level.VILLAGE).toList();
		Set<Mention> accepted = accept(areas);
		List<Mention> places = areas.stream().filter(accepted::contains).toList();
		Tallies mentioned = tally(places);
		Mention lead = places.stream().filter(m -> m.start < headlineLength).findFirst().orElse(null);
		Place city = (lead != null) ? index.ancestor(lead.place(), Place.Level.CITY)
				: mentioned.cities().top(c -> true).orElse(null);
		Place district = (lead != null && lead.level() != Place.Level.CITY)
				? index.ancestor(lead.place(), Place.Level.DISTRICT)
				: (city == null) ? null : mentioned.districts().top(d -> index.isWithin(d, city)).orElse(null);
		List<String> townships = places.stream()
			.filter(m -> m.level() == Place.Level.TOWNSHIP)
			.map(m -> m.place().code())
			.distinct()
			.toList();
		List<VillageRef> villages = villages(mentions, accepted, Set.copyOf(townships), district);
		return new PlaceMatch((city != null) ? city.code() : null, (district != null) ? district.code() : null,
				townships, villages);
	}

	/**
	 * The city, district and township mentions that count, each resolved to one place:
	 * names that prove themselves set the context in which homonyms and weaker names are
	 * judged.
	 */
	private Set<Mention> accept(List<Mention> areas) {
		List<Mention> anchors = areas.stream()
			.filter(m -> m.support == NameDictionary.Support.NONE && m.isResolved())
			.toList();
		Tallies context = tally(anchors);
		Set<Place> namedInFull = anchors.stream().map(Mention::place).collect(Collectors.toSet());
		Set<Mention> accepted = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Mention mention : areas) {
			boolean keep = switch (mention.support) {
				case NONE -> mention.isResolved() || resolveByContext(mention, context);
				case DISTRICT -> resolveBySupport(mention, accepted,
						p -> context.districts().mentions(index.ancestor(p, Place.Level.DISTRICT)) > 0);
				case FULL_NAME -> resolveBySupport(mention, accepted, namedInFull::contains);
			};
			if (keep) {
				accepted.add(mention);
			}
		}
		return accepted;
	}

	/**
	 * Links each name to a larger one printed right before it and keeps, on both sides,
	 * only the places that fit together. A second pass from the end carries what a
	 * township learnt from its village up to the district before it. Names that do not
	 * fit (a district of another city) are left to the article's context.
	 */
	private void bindChains(List<Mention> mentions) {
		for (int i = 1; i < mentions.size(); i++) {
			Mention area = mentions.get(i - 1);
			Mention inner = mentions.get(i);
			if (area.end == inner.start && area.level().isAbove(inner.level())) {
				inner.parent = area;
				narrowTogether(area, inner);
			}
		}
		for (int i = mentions.size() - 1; i >= 0; i--) {
			Mention inner = mentions.get(i);
			if (inner.parent != null) {
				narrowTogether(inner.parent, inner);
			}
		}
	}

	private void narrowTogether(Mention area, Mention inner) {
		List<Place> areas = area.candidates()
			.stream()
			.filter(a -> inner.candidates().stream().anyMatch(p -> index.isWithin(p, a)))
			.toList();
		if (!areas.isEmpty()) {
			area.narrowTo(areas);
			inner.narrowTo(inner.candidates()
				.stream()
				.filter(p -> areas.stream().anyMatch(a -> index.isWithin(p, a)))
				.toList());
		}
	}

	/**
	 * Keeps the homonym whose district (else city) the article mentions most, if only one
	 * does.
	 */
	private boolean resolveByContext(Mention mention, Tallies context) {
		for (Place.Level level : List.of(Place.Level.DISTRICT, Place.Level.CITY)) {
			if (level.isAbove(mention.level())) {
				Tally tally = (level == Place.Level.DISTRICT) ? context.districts() : context.cities();
				List<Place> best = mostMentioned(mention.candidates(), p -> tally.mentions(index.ancestor(p, level)));
				if (best.size() == 1) {
					mention.narrowTo(best);
					return true;
				}
			}
		}
		return false;
	}

	private static List<Place> mostMentioned(List<Place> candidates, ToIntFunction<Place> mentions) {
		int most = candidates.stream().mapToInt(mentions).max().orElse(0);
		return (most == 0) ? List.of() : candidates.stream().filter(p -> mentions.applyAsInt(p) == most).toList();
	}

	/**
	 * Keeps the one candidate that the article supports, or that lies in the name printed
	 * before it.
	 */
	private boolean resolveBySupport(Mention mention, Set<Mention> accepted, Predicate<Place> supported) {
		Mention parent = accepted.contains(mention.parent) ? mention.parent : null;
		List<Place> left = mention.candidates()
			.stream()
			.filter(p -> supported.test(p) || (parent != null && index.isWithin(p, parent.place())))
			.toList();
		if (left.size() == 1) {
			mention.narrowTo(left);
			return true;
		}
		return false;
	}

	private record Tallies(Tally cities, Tally districts) {
	}

	/** Each resolved mention counts for its city and, below a city, for its district. */
	private Tallies tally(List<Mention> resolved) {
		Tallies tallies = new Tallies(new Tally(), new Tally());
		for (Mention mention : resolved) {
			Place place = mention.place();
			tallies.cities().add(index.ancestor(place, Place.Level.CITY), mention.start);
			if (place.level() != Place.Level.CITY) {
				tallies.districts().add(index.ancestor(place, Place.Level.DISTRICT), mention.start);
			}
		}
		return tallies;
	}

	private List<VillageRef> villages(List<Mention> mentions, Set<Mention> accepted, Set<String> townships,
			Place district) {
		Set<VillageRef> villages = new LinkedHashSet<>();
		Set<String> names = new HashSet<>();
		for (Mention mention : mentions) {
			if (mention.level() != Place.Level.VILLAGE) {
				continue;
			}
			Place printedIn = accepted.contains(mention.parent) ? mention.parent.place() : null;
			Place known = locate(mention, printedIn, townships, district);
			String name = mention.candidates().get(0).name();
			if (known != null) {
				villages.add(new VillageRef(name, known.code()));
				names.add(name);
			}
			else if (printedIn != null && names.add(name)) {
				villages.add(new VillageRef(name, null));
			}
		}
		return List.copyOf(villages);
	}

	/**
	 * The one village of this name in the narrowest place the article supports, or null.
	 */
	private Place locate(Mention village, Place printedIn, Set<String> townships, Place district) {
		List<Predicate<Place>> areas = new ArrayList<>();
		if (printedIn != null) {
			areas.add(p -> index.isWithin(p, printedIn));
		}
		areas.add(p -> townships.contains(p.parentCode()));
		if (district != null) {
			areas.add(p -> index.isWithin(p, district));
		}
		for (Predicate<Place> area : areas) {
			List<Place> inArea = village.candidates().stream().filter(area).toList();
			if (inArea.size() == 1) {
				return inArea.get(0);
			}
		}
		return null;
	}

}
