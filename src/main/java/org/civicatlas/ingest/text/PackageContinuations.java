package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
 * paragraph moves only when the evidence beats its owner's by a margin.
 */
final class PackageContinuations {

	/** A package has at least this many stories; two are an article and its sidebar. */
	static final int MIN_STORIES = 3;

	/** How much more evidence another story needs than the paragraph's owner. */
	static final double MARGIN = 1;

	/** What the quotation state weighs: a closing mark for a story inside a quotation. */
	private static final double QUOTATION = 2;

	/**
	 * A first sentence that only names a speaker (相关负责人说。) ends a quotation the page lost
	 * at the end of a line.
	 */
	private static final Pattern ATTRIBUTION = Pattern.compile("^[^，,。；;：:“”]{1,16}(说|表示|介绍)。");

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
	 * head runs up to the next headline and stops mid-sentence.
	 */
	private static int packageFrom(List<Draft> drafts, int first, Map<LineRef, Integer> position, PageLines page,
			Map<LineRef, LineKind> kinds) {
		int k = first;
		while (k < drafts.size() && drafts.get(k).bylined && headStopsOpen(drafts, k, position, page, kinds)) {
			k++;
		}
		return k - 1;
	}

	private static boolean headStopsOpen(List<Draft> drafts, int k, Map<LineRef, Integer> position, PageLines page,
			Map<LineRef, LineKind> kinds) {
		List<LineRef> head = head(drafts, k, position, kinds);
		if (head.isEmpty() || kinds.get(head.get(head.size() - 1)) != LineKind.BODY) {
			return false;
		}
		LineRef end = head.get(head.size() - 1);
		return !Sentences.endsSentence(page.text(end)) && (k + 1 == drafts.size()
				|| nextPrinted(end, position, page, kinds) == drafts.get(k + 1).lines.get(0));
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
		int bodyAt = 1;
		while (bodyAt < lastStory.lines.size() && kinds.get(lastStory.lines.get(bodyAt)) != LineKind.BODY) {
			bodyAt++;
		}
		if (bodyAt >= lastStory.lines.size() || Sentences.endsSentence(page.text(lastStory.lines.get(bodyAt)))) {
			return;
		}
		int bandStart = position.get(lastStory.lines.get(bodyAt)) + 1;
		int bandEnd = last + 1 < drafts.size() ? position.get(drafts.get(last + 1).lines.get(0)) : Integer.MAX_VALUE;
		Map<Draft, Story> stories = new LinkedHashMap<>();
		for (int k = first; k <= last; k++) {
			List<LineRef> head = k == last ? lastStory.lines.subList(0, bodyAt + 1) : head(drafts, k, position, kinds);
			stories.put(drafts.get(k), new Story(head, page, kinds));
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
			Draft owner = Story.choose(stories, owners.get(ref), page.text(ref), continuity);
			stories.get(owner).take(page.text(ref));
			given.computeIfAbsent(owner, d -> new ArrayList<>()).add(ref);
		}
		for (Map.Entry<Draft, Story> entry : stories.entrySet()) {
			Draft draft = entry.getKey();
			List<LineRef> rest = draft.lines.stream()
				.filter(ref -> !entry.getValue().head.contains(ref) && !band.contains(ref))
				.toList();
			List<LineRef> lines = new ArrayList<>(entry.getValue().head);
			lines.addAll(given.getOrDefault(draft, List.of()));
			lines.addAll(rest);
			draft.lines.clear();
			draft.lines.addAll(lines);
		}
		for (LineRef ref : later) {
			stayUnderItsHeadline(drafts, stories, owners.get(ref), ref, position, page, kinds, continuity);
		}
	}

	/**
	 * A paragraph printed under a later headline and given back to a story of the package
	 * stays with the story right above it when it continues that one.
	 */
	private static void stayUnderItsHeadline(List<Draft> drafts, Map<Draft, Story> stories, Draft owner, LineRef ref,
			Map<LineRef, Integer> position, PageLines page, Map<LineRef, LineKind> kinds, Continuity continuity) {
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
		Map<Draft, Story> pair = new LinkedHashMap<>();
		pair.put(owner, stories.get(owner));
		pair.put(above, new Story(printedBefore, page, kinds));
		if (Story.choose(pair, owner, page.text(ref), continuity) == above) {
			owner.lines.remove(ref);
			int at = 1;
			while (at < above.lines.size() && position.get(above.lines.get(at)) < position.get(ref)) {
				at++;
			}
			above.lines.add(at, ref);
		}
	}

	/** A story as the band is shared out: its head and the text it has so far. */
	private static final class Story {

		final List<LineRef> head;

		final Set<String> headWords = new HashSet<>();

		final Set<String> headlineWords;

		final StringBuilder text = new StringBuilder();

		Story(List<LineRef> head, PageLines page, Map<LineRef, LineKind> kinds) {
			this.head = List.copyOf(head);
			this.headlineWords = bigrams(TextCleaner.body(page.text(head.get(0))));
			for (LineRef ref : head.subList(1, head.size())) {
				if (kinds.get(ref) == LineKind.BODY) {
					take(page.text(ref));
					headWords.addAll(Continuity.words(TextCleaner.body(page.text(ref))));
				}
			}
		}

		void take(String line) {
			text.append(TextCleaner.body(line));
		}

		boolean open() {
			return !text.isEmpty() && !Sentences.endsSentence(text.toString());
		}

		/** Whether more quotations were opened than closed: the text stops inside one. */
		boolean inQuotation() {
			return text.chars().filter(c -> c == '“').count() > text.chars().filter(c -> c == '”').count();
		}

		/**
		 * The story {@code line} goes to: the one with the most evidence, when it beats
		 * the owner's by the margin.
		 */
		static Draft choose(Map<Draft, Story> stories, Draft owner, String line, Continuity continuity) {
			Draft best = owner;
			double bestScore = Double.NEGATIVE_INFINITY;
			double ownerScore = Double.NEGATIVE_INFINITY;
			for (Map.Entry<Draft, Story> entry : stories.entrySet()) {
				double score = entry.getValue().evidence(line, stories.values(), continuity);
				if (entry.getKey() == owner) {
					ownerScore = score;
				}
				if (score > bestScore) {
					best = entry.getKey();
					bestScore = score;
				}
			}
			return bestScore >= ownerScore + MARGIN ? best : owner;
		}

		/**
		 * How strongly {@code line} carries this story on; negative infinity when it
		 * cannot (it opens mid-sentence and the story's text is finished).
		 */
		double evidence(String line, Iterable<Story> all, Continuity continuity) {
			String body = TextCleaner.body(line);
			if (body.isEmpty()) {
				return Double.NEGATIVE_INFINITY;
			}
			boolean closing = Sentences.closesQuotation(body) || ATTRIBUTION.matcher(body).lookingAt();
			boolean carriesOn = closing || Sentences.opensMidSentence(body);
			if (carriesOn && !open()) {
				return Double.NEGATIVE_INFINITY;
			}
			double score = 0;
			char end = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
			if (carriesOn && han(end) && han(body.charAt(0))) {
				// a word across the break, as the segmenter counts it
				score += 2 * Math.log1p(continuity.pair(end, body));
			}
			if (closing && inQuotation()) {
				score += QUOTATION;
			}
			else if (body.startsWith("“") && inQuotation()) {
				// quotations inside quotations take single marks
				score -= QUOTATION;
			}
			Set<String> words = new HashSet<>(Continuity.words(body));
			words.retainAll(headWords);
			Set<String> headline = bigrams(body);
			headline.retainAll(headlineWords);
			for (Story other : all) {
				if (other != this) {
					words.removeAll(other.headWords);
					headline.removeAll(other.headlineWords);
				}
			}
			return score + words.size() + headline.size();
		}

		private static Set<String> bigrams(String text) {
			Set<String> bigrams = new HashSet<>();
			for (int i = 0; i + 2 <= text.length(); i++) {
				if (han(text.charAt(i)) && han(text.charAt(i + 1))) {
					bigrams.add(text.substring(i, i + 2));
				}
			}
			return bigrams;
		}

		private static boolean han(char c) {
			return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
		}

	}

}
