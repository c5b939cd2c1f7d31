package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Regroups a page whose narrow columns are cut into pieces and scattered over the page
 * among full-width paragraphs (several runs of narrow lines, not one article's columns in
 * a row). Reading such a page from top to bottom gives every piece to the headline
 * printed above it; the page is read instead as two streams that cross each other, the
 * narrow column and the full-width paragraphs:
 * <ul>
 * <li>a short one-phrase headline over narrow text that opens mid-sentence is the second
 * piece of a headline printed elsewhere over narrow text that opens a sentence: one
 * article, whose headline is the two pieces ({@link HeadlinePieces});</li>
 * <li>a headline standing among narrow lines heads the full-width paragraphs printed
 * after it, not the narrow lines around it; its paragraphs run on across a later headline
 * when the first paragraph under that headline carries the last one on by a word across
 * the break;</li>
 * <li>a run of narrow lines with a byline, printed right above a headline without one,
 * belongs to that headline;</li>
 * <li>the narrow lines the full-width story gave up go back to the narrow article the
 * column was in;</li>
 * <li>a paragraph that opens with the second half of a word ends a narrow line (继续探 | 索…)
 * that speaks of that story: the line is read before it, and so is the finished line
 * printed right below it when the story stops on a pause (the column printed the pair the
 * wrong way round).</li>
 * </ul>
 * Other pages are left as they are.
 */
final class ScatteredColumns {

	/** A run of fewer narrow lines may be a short paragraph, not a column piece. */
	static final int MIN_RUN = 5;

	private static final String PAUSE = "，,、；;：:";

	/**
	 * A newspaper page holds a few dozen articles at most; the regrouping looks at every
	 * pair of headlines and runs, so a text with more is not read as a page here (the
	 * work per page stays bounded, also on megabytes of text).
	 */
	static final int MAX_ARTICLES = 60;

	private ScatteredColumns() {
	}

	static void regroup(List<Draft> drafts, PageLines page, Map<LineRef, LineKind> kinds, Continuity continuity) {
		if (drafts.size() > MAX_ARTICLES) {
			return;
		}
		List<LineRef> printed = page.refs().stream().filter(ref -> kinds.get(ref) != LineKind.NOISE).toList();
		List<List<LineRef>> runs = runs(printed, page, kinds);
		if (runs.size() < 2) {
			return;
		}
		Set<LineRef> column = new LinkedHashSet<>();
		runs.forEach(column::addAll);
		HeadlinePieces.join(drafts, page, kinds);
		BylinedRuns.toTheirHeadlines(drafts, printed, kinds, runs, page);
		for (Draft story : List.copyOf(drafts)) {
			int at = printed.indexOf(story.lines.get(0));
			if (at > 0 && at + 1 < printed.size() && column.contains(printed.get(at - 1))
					&& column.contains(printed.get(at + 1))) {
				widen(story, printed, at, drafts, page, kinds, continuity, column);
			}
		}
	}

	/** Runs of at least {@link #MIN_RUN} narrow body lines, printed one after another. */
	private static List<List<LineRef>> runs(List<LineRef> printed, PageLines page, Map<LineRef, LineKind> kinds) {
		List<List<LineRef>> runs = new ArrayList<>();
		List<LineRef> run = new ArrayList<>();
		for (LineRef ref : printed) {
			if (narrow(ref, page, kinds)) {
				run.add(ref);
				continue;
			}
			if (run.size() >= MIN_RUN) {
				runs.add(run);
			}
			run = new ArrayList<>();
		}
		if (run.size() >= MIN_RUN) {
			runs.add(run);
		}
		return runs;
	}

	static boolean narrow(LineRef ref, PageLines page, Map<LineRef, LineKind> kinds) {
		LineKind kind = kinds.get(ref);
		return (kind == LineKind.BODY || kind == LineKind.BYLINE)
				&& page.text(ref).strip().length() <= NarrowColumns.NARROW;
	}

	private static boolean wide(LineRef ref, PageLines page, Map<LineRef, LineKind> kinds) {
		return kinds.get(ref) == LineKind.BODY && page.text(ref).strip().length() > NarrowColumns.NARROW;
	}

	/**
	 * The story under a headline standing among narrow lines takes the full-width
	 * paragraphs printed after it and gives up its narrow lines.
	 */
	private static void widen(Draft story, List<LineRef> printed, int at, List<Draft> drafts, PageLines page,
			Map<LineRef, LineKind> kinds, Continuity continuity, Set<LineRef> column) {
		List<LineRef> band = band(printed, at, page, kinds, continuity);
		if (band.isEmpty()) {
			return;
		}
		// a headline printed in two pieces (HeadlinePieces) stays two lines in front
		int head = story.headlineLines;
		List<LineRef> given = new ArrayList<>();
		for (LineRef ref : story.lines.subList(head, story.lines.size())) {
			if (column.contains(ref)) {
				given.add(ref);
			}
		}
		for (Draft draft : drafts) {
			draft.lines.removeAll(band);
		}
		List<LineRef> kept = new ArrayList<>(story.lines);
		kept.removeAll(given);
		story.lines.clear();
		story.lines.addAll(kept.subList(0, head));
		story.lines.addAll(band);
		story.lines.addAll(kept.subList(head, kept.size()));
		Draft above = owner(drafts, printed.get(at - 1));
		if (above != null && above != story) {
			int after = above.lines.indexOf(printed.get(at - 1)) + 1;
			above.lines.addAll(after, given);
		}
		else {
			story.lines.addAll(given);
		}
		LeadingLines.insert(story, drafts, printed, page, continuity, column);
	}

	/**
	 * The full-width lines printed after the headline at {@code at}, up to a headline
	 * whose first full-width line does not carry the last one on by a word.
	 */
	private static List<LineRef> band(List<LineRef> printed, int at, PageLines page, Map<LineRef, LineKind> kinds,
			Continuity continuity) {
		List<LineRef> band = new ArrayList<>();
		boolean crossing = false;
		for (int i = at + 1; i < printed.size(); i++) {
			LineRef ref = printed.get(i);
			LineKind kind = kinds.get(ref);
			if (kind == LineKind.HEADLINE) {
				crossing = true;
				continue;
			}
			if (!wide(ref, page, kinds)) {
				continue;
			}
			if (crossing) {
				String last = band.isEmpty() ? "" : page.text(band.get(band.size() - 1));
				if (band.isEmpty() || Sentences.endsSentence(last) || !continuity.wordAcross(last, page.text(ref))) {
					break;
				}
				crossing = false;
			}
			band.add(ref);
		}
		return band;
	}

	static Draft owner(List<Draft> drafts, LineRef ref) {
		for (Draft draft : drafts) {
			if (draft.lines.contains(ref)) {
				return draft;
			}
		}
		return null;
	}

	static boolean stopsOnPause(String text) {
		String t = TextCleaner.body(text);
		return !t.isEmpty() && PAUSE.indexOf(t.charAt(t.length() - 1)) >= 0;
	}

}
