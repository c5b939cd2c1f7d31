package org.civicatlas.ingest.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.civicatlas.ingest.LineRole;
import org.civicatlas.ingest.LinePlaces.Place;
import org.civicatlas.ingest.PlacedLine;

/**
 * The places of a page's lines while an editor repairs its segmentation: every step moves
 * lines between drafts, roles and the unassigned, checks its rules first
 * ({@link SegmentationException} names the broken one), and keeps each draft's lines in
 * reading order with a headline first. New drafts get negative ids until they are stored.
 */
final class PagePlaces {

	private final Map<Integer, Place> places = new LinkedHashMap<>();

	private long nextNew = -1;

	PagePlaces(Collection<Place> places) {
		places.stream()
			.sorted(Comparator.comparingInt(Place::line))
			.forEach(place -> this.places.putIfAbsent(place.line(), place));
	}

	List<Place> places() {
		return List.copyOf(places.values());
	}

	Set<Long> drafts() {
		Set<Long> drafts = new LinkedHashSet<>();
		places.values().stream().map(Place::article).filter(Objects::nonNull).forEach(drafts::add);
		return drafts;
	}

	/** A draft's lines in reading order, with their roles, as the pipeline takes them. */
	List<PlacedLine> linesOf(long draft) {
		return ordered(draft).stream().map(place -> new PlacedLine(place.line(), place.role())).toList();
	}

	long unassigned() {
		return places.values().stream().filter(place -> place.role() == LineRole.UNASSIGNED).count();
	}

	/**
	 * Moves lines to the end of a draft as body lines (a line moved within its own draft
	 * becomes body again).
	 */
	void move(List<Integer> lines, long target) {
		requireDraft(target);
		append(target, lines(lines), LineRole.BODY);
	}

	/**
	 * A new draft of the lines, the first of them its headline; returns its (negative)
	 * id.
	 */
	long create(List<Integer> lines) {
		List<Integer> chosen = lines(lines);
		long draft = nextNew--;
		append(draft, chosen, LineRole.BODY);
		return draft;
	}

	/**
	 * Splits the draft at a line: that line and the draft's lines after it make a new
	 * draft.
	 */
	long split(int line) {
		Place at = place(line);
		if (at.article() == null || !at.role().inArticle() || at.role() == LineRole.CAPTION
				|| at.role() == LineRole.DUPLICATE) {
			throw new SegmentationException("lines", "ingest.lines.error.splitOutside");
		}
		List<Place> lines = ordered(at.article());
		int index = lines.indexOf(at);
		if (index == 0) {
			throw new SegmentationException("lines", "ingest.lines.error.splitFirst");
		}
		long draft = nextNew--;
		// captions stay with the photo's article; the editor moves them when the photo
		// goes too
		List<Integer> rest = lines.subList(index, lines.size())
			.stream()
			.filter(place -> place.role() != LineRole.CAPTION)
			.map(Place::line)
			.toList();
		append(draft, rest, null);
		headline(line);
		return draft;
	}

	void merge(long draft, long target) {
		requireDraft(draft);
		requireDraft(target);
		if (draft == target) {
			throw new SegmentationException("target", "ingest.lines.error.mergeSelf");
		}
		append(target, ordered(draft).stream().map(Place::line).toList(), null);
	}

	/**
	 * The line becomes its draft's only headline, first in reading order; the former
	 * headline becomes body.
	 */
	void headline(int line) {
		Place at = inDraft(line);
		long draft = at.article();
		for (Place place : ordered(draft)) {
			if (place.role() == LineRole.HEADLINE && place.line() != line) {
				places.put(place.line(), new Place(place.line(), draft, LineRole.BODY, place.position()));
			}
		}
		places.put(line, new Place(line, draft, LineRole.HEADLINE, Integer.MIN_VALUE));
		renumber(draft);
	}

	/**
	 * Gives lines a role (byline, caption or body) in their own draft; lines outside
	 * drafts go to the end of the target draft with it.
	 */
	void mark(List<Integer> lines, LineRole role, Long target) {
		Set<Long> touched = new LinkedHashSet<>();
		for (int line : lines(lines)) {
			Place at = places.get(line);
			if (at.article() == null && target == null) {
				throw new SegmentationException("target", "ingest.lines.error.chooseDraft", line);
			}
			if (at.article() == null) {
				requireDraft(target);
				append(target, List.of(line), role);
				continue;
			}
			places.put(line, new Place(line, at.article(), role, at.position()));
			touched.add(at.article());
		}
		touched.forEach(this::renumber);
	}

	/** Lines that belong to no article, by the editor's decision. */
	void discard(List<Integer> lines) {
		Set<Long> touched = new LinkedHashSet<>();
		for (int line : lines(lines)) {
			Place at = places.get(line);
			if (at.article() != null) {
				touched.add(at.article());
			}
			places.put(line, new Place(line, null, LineRole.DISCARDED, 0));
		}
		touched.forEach(this::renumber);
	}

	/** Every unassigned line set aside (when the editor publishes a page with them). */
	List<Integer> discardUnassigned() {
		List<Integer> lines = places.values()
			.stream()
			.filter(p -> p.role() == LineRole.UNASSIGNED)
			.map(Place::line)
			.toList();
		lines.forEach(line -> places.put(line, new Place(line, null, LineRole.DISCARDED, 0)));
		return lines;
	}

	/** Replaces a new draft's temporary id with its stored one. */
	void store(long temporary, long id) {
		places.replaceAll((line, place) -> Objects.equals(place.article(), temporary)
				? new Place(line, id, place.role(), place.position()) : place);
	}

	private void append(long draft, List<Integer> lines, LineRole role) {
		Set<Long> touched = new LinkedHashSet<>();
		int position = ordered(draft).size();
		for (int line : lines) {
			Place at = places.get(line);
			if (at.article() != null) {
				touched.add(at.article());
			}
			LineRole kept = role != null ? role : at.role().inArticle() ? at.role() : LineRole.BODY;
			if (kept == LineRole.HEADLINE && at.article() != null && at.article() != draft) {
				kept = LineRole.BODY;
			}
			places.put(line, new Place(line, draft, kept, position++));
		}
		touched.add(draft);
		touched.forEach(this::renumber);
	}

	/**
	 * Positions 0, 1, 2… in reading order; a draft without a headline gets its first line
	 * as one.
	 */
	private void renumber(long draft) {
		List<Place> lines = ordered(draft);
		if (lines.isEmpty()) {
			return;
		}
		boolean headed = lines.stream().anyMatch(place -> place.role() == LineRole.HEADLINE);
		int position = 0;
		for (Place place : lines) {
			LineRole role = !headed && position == 0 ? LineRole.HEADLINE : place.role();
			places.put(place.line(), new Place(place.line(), draft, role, position++));
		}
	}

	private List<Place> ordered(long draft) {
		return places.values()
			.stream()
			.filter(place -> Objects.equals(place.article(), draft))
			.sorted(Comparator.comparingInt(Place::position).thenComparingInt(Place::line))
			.toList();
	}

	private List<Integer> lines(List<Integer> lines) {
		if (lines == null || lines.isEmpty()) {
			throw new SegmentationException("lines", "ingest.lines.error.none");
		}
		List<Integer> chosen = new ArrayList<>(new TreeSet<>(lines));
		chosen.forEach(this::place);
		return chosen;
	}

	private Place place(int line) {
		Place place = places.get(line);
		if (place == null) {
			throw new SegmentationException("lines", "ingest.lines.error.noLine", line);
		}
		return place;
	}

	private Place inDraft(int line) {
		Place place = place(line);
		if (place.article() == null) {
			throw new SegmentationException("lines", "ingest.lines.error.notInDraft", line);
		}
		return place;
	}

	private void requireDraft(long draft) {
		if (!drafts().contains(draft)) {
			throw new SegmentationException("target", "ingest.lines.error.noDraft");
		}
	}

}
