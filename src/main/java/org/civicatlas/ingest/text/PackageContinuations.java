package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A package of short stories is printed heads first: every story's headline, byline and
 * first paragraph, each stopping mid-sentence, then a band of continuation paragraphs in
 * which the stories interleave, and long lines lose text at their end, so a continuation
 * often does not join its line character by character. Reading down the page gives the
 * band to the last story. Here each paragraph of the band goes, in page order, to the
 * story a reader would give it: one opening mid-sentence (or closing a quotation) to a
 * story whose text is still open, weighed by the word across the break and the quotation
 * state; any paragraph to the story whose head it repeats (distinctive words of its head,
 * words of its headline). A paragraph printed under a later headline and given back to a
 * story of the package is weighed the same way against the story right above it. A
 * paragraph moves only when the evidence beats its owner's by a margin. The drafts'
 * running state (open end, vocabulary) is not kept up to date here: the stages after this
 * one ({@link ScatteredColumns}) read only their lines.
 */
final class PackageContinuations {

	/** A package has at least this many stories; two are an article and its sidebar. */
	static final int MIN_STORIES = 3;

	private PackageContinuations() {
	}

	static void reassign(List<Draft> drafts, PageLines page, Map<LineRef, LineKind> kinds, Continuity continuity) {
		Map<LineRef, Integer> position = new HashMap<>();
		for (LineRef ref : page.refs()) {
			position.put(ref, position.size());
		}
		for (int first = 0; first < drafts.size(); first++) {
			int last = packageFrom(drafts, first, position, page, kinds);
			if (last - first + 1 >= MIN_STORIES) {
				relay(drafts, first, last, position, page, kinds, continuity);
				first = last;
			}
		}
	}

	/**
	 * The last story of a package starting at {@code first}: stories with a byline whose
	 * head runs up to the next headline and stops mid-sentence, then one whose first
	 * paragraph stops mid-sentence, the band under it.
	 */
	private static int packageFrom(List<Draft> drafts, int first, Map<LineRef, Integer> position, PageLines page,
			Map<LineRef, LineKind> kinds) {
		int k = first;
		while (k < drafts.size() && drafts.get(k).bylined && headStopsOpen(drafts, k, position, page, kinds)) {
			k++;
		}
		return k < drafts.size() && drafts.get(k).bylined && firstParagraph(drafts.get(k), page, kinds) > 0 ? k : k - 1;
	}

	/**
	 * Where a story's first paragraph stands among its lines, or -1 unless it stops open.
	 */
	private static int firstParagraph(Draft story, PageLines page, Map<LineRef, LineKind> kinds) {
		int at = 1;
		while (at < story.lines.size() && kinds.get(story.lines.get(at)) != LineKind.BODY) {
			at++;
		}
		return at < story.lines.size() && !Sentences.endsSentence(page.text(story.lines.get(at))) ? at : -1;
	}

	private static boolean headStopsOpen(List<Draft> drafts, int k, Map<LineRef, Integer> position, PageLines page,
			Map<LineRef, LineKind> kinds) {
		List<LineRef> head = head(drafts, k, position, kinds);
		if (head.isEmpty() || kinds.get(head.get(head.size() - 1)) != LineKind.BODY) {
			return false;
		}
		LineRef end = head.get(head.size() - 1);
		return !Sentences.endsSentence(page.text(end)) && (k + 1 == drafts.size()
				|| nextPrinted(end, position, page, kinds).equals(drafts.get(k + 1).lines.get(0)));
	}

	/** The line printed after {@code ref}, blank lines left out. */
	private static LineRef nextPrinted(LineRef ref, Map<LineRef, Integer> position, PageLines page,
			Map<LineRef, LineKind> kinds) {
		List<LineRef> refs = page.refs();
		for (int i = position.get(ref) + 1; i < refs.size(); i++) {
			if (kinds.get(refs.get(i)) != null && !page.text(refs.get(i)).isBlank()) {
				return refs.get(i);
			}
		}
		return null;
	}

	/**
	 * A story's head: its lines printed before the next story's headline, or, for the
	 * last story of the page, up to its first paragraph.
	 */
	private static List<LineRef> head(List<Draft> drafts, int k, Map<LineRef, Integer> position,
			Map<LineRef, LineKind> kinds) {
		List<LineRef> lines = drafts.get(k).lines;
		int limit = k + 1 < drafts.size() ? position.get(drafts.get(k + 1).lines.get(0)) : Integer.MAX_VALUE;
		List<LineRef> head = new ArrayList<>();
		for (LineRef ref : lines) {
			if (position.get(ref) < limit) {
				head.add(ref);
			}
		}
		return head;
	}

	private static void relay(List<Draft> drafts, int first, int last, Map<LineRef, Integer> position, PageLines page,
			Map<LineRef, LineKind> kinds, Continuity continuity) {
		// the last story's head is its headline, byline and first paragraph; the band
		// follows
		Draft lastStory = drafts.get(last);
		int bodyAt = firstParagraph(lastStory, page, kinds);
		if (bodyAt < 0) {
			return;
		}
		int bandStart = position.get(lastStory.lines.get(bodyAt)) + 1;
		int bandEnd = last + 1 < drafts.size() ? position.get(drafts.get(last + 1).lines.get(0)) : Integer.MAX_VALUE;
		Map<Draft, PackageStory> stories = new LinkedHashMap<>();
		for (int k = first; k <= last; k++) {
			List<LineRef> head = k == last ? lastStory.lines.subList(0, bodyAt + 1) : head(drafts, k, position, kinds);
			stories.put(drafts.get(k), new PackageStory(head, page, kinds));
		}
		List<LineRef> band = new ArrayList<>();
		List<LineRef> later = new ArrayList<>();
		for (Draft draft : stories.keySet()) {
			for (LineRef ref : draft.lines) {
				int at = position.get(ref);
				if (kinds.get(ref) == LineKind.BODY && at >= bandStart) {
					(at < bandEnd ? band : later).add(ref);
				}
			}
		}
		band.sort(LineRef::compareTo);
		Map<LineRef, Draft> owners = new HashMap<>();
		stories.forEach((draft, story) -> draft.lines.forEach(ref -> owners.put(ref, draft)));
		Map<Draft, List<LineRef>> given = new HashMap<>();
		for (LineRef ref : band) {
			Draft owner = PackageStory.choose(stories, owners.get(ref), page.text(ref), continuity);
			stories.get(owner).take(page.text(ref));
			given.computeIfAbsent(owner, d -> new ArrayList<>()).add(ref);
		}
		for (Map.Entry<Draft, PackageStory> entry : stories.entrySet()) {
			Draft draft = entry.getKey();
			List<LineRef> rest = draft.lines.stream()
				.filter(ref -> !entry.getValue().head.contains(ref) && !band.contains(ref))
				.toList();
			List<LineRef> lines = new ArrayList<>(entry.getValue().head);
			lines.addAll(given.getOrDefault(draft, List.of()));
			lines.addAll(rest);
			draft.lines.clear();
			draft.lines.addAll(lines);
			draft.incomplete |= entry.getValue().lostText;
		}
		for (LineRef ref : later) {
			stayUnderItsHeadline(drafts, stories, owners.get(ref), ref, position, page, kinds, continuity);
		}
	}

	/**
	 * A paragraph printed under a later headline and given back to a story of the package
	 * stays with the story right above it when it continues that one.
	 */
	private static void stayUnderItsHeadline(List<Draft> drafts, Map<Draft, PackageStory> stories, Draft owner,
			LineRef ref, Map<LineRef, Integer> position, PageLines page, Map<LineRef, LineKind> kinds,
			Continuity continuity) {
		Draft above = null;
		for (Draft draft : drafts) {
			if (position.get(draft.lines.get(0)) < position.get(ref)) {
				above = draft;
			}
		}
		if (above == null || stories.containsKey(above)) {
			return;
		}
		List<LineRef> printedBefore = above.lines.stream().filter(l -> position.get(l) < position.get(ref)).toList();
		Map<Draft, PackageStory> pair = new LinkedHashMap<>();
		pair.put(owner, stories.get(owner));
		pair.put(above, new PackageStory(printedBefore, page, kinds));
		if (PackageStory.choose(pair, owner, page.text(ref), continuity) == above) {
			owner.lines.remove(ref);
			int at = 1;
			while (at < above.lines.size() && position.get(above.lines.get(at)) < position.get(ref)) {
				at++;
			}
			above.lines.add(at, ref);
		}
	}

}
