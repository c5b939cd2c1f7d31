package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits a page into articles. Corrected articles take exactly the lines their correction
 * names; every other line is laid out by the heuristics: a headline opens an article, a
 * headline right under another is its subhead, and body lines, bylines and captions
 * belong to the article above them. A body line that continues an unfinished paragraph of
 * an article further up (the page interleaved their columns) is returned to that article;
 * a line the page prints again is a repeat of the article of its first copy
 * ({@link Repeats}); an article's narrow columns printed out of order are put back
 * ({@link NarrowColumns}).
 */
public final class Segmenter {

	/** How many unfinished articles further up a line may be returned to. */
	private static final int CANDIDATES = 8;

	/**
	 * Distinctive words a jumped paragraph must share with its article (one fewer when
	 * the current article stops mid-sentence, which the paragraph does not carry on), and
	 * how many times more than with the current one.
	 */
	/**
	 * What printing right under an article's open line weighs: a junction seen three
	 * times.
	 */
	private static final double COLUMN = 2 * Math.log1p(Continuity.WORD);

	static final int MIN_SHARED = 4;

	static final int JUMP_FACTOR = 3;

	/** A jumped paragraph is printed a few stories after its own, not across the page. */
	static final int JUMP_CANDIDATES = 3;

	private Segmenter() {
	}

	public record Result(List<ArticleLayout> articles, List<LineRef> noise, List<LineRef> unassigned) {
	}

	public static Result segment(PageLines page, Map<LineRef, LineKind> kinds, Corrections corrections,
			Continuity continuity) {
		Set<LineRef> taken = new HashSet<>(corrections.namedLines());
		List<ArticleLayout> articles = new ArrayList<>();
		for (Corrections.ArticleLines corrected : corrections.articles()) {
			articles.add(new ArticleLayout(corrected.lines(), corrected.headlineLines(),
					new ArrayList<>(new TreeSet<>(corrected.captions())), corrected.duplicates(), true,
					corrected.incomplete()));
		}
		List<LineRef> noise = new ArrayList<>(new TreeSet<>(corrections.noise()));
		List<LineRef> unassigned = new ArrayList<>();

		List<Draft> drafts = new ArrayList<>();
		Map<String, Draft> byHeadline = new HashMap<>();
		Repeats<Draft> repeats = new Repeats<>();
		Draft current = null;
		// the article that took the last body line: the column the reader is in
		Draft last = null;
		LineKind previous = null;
		List<LineRef> refs = page.refs();
		for (int index = 0; index < refs.size(); index++) {
			LineRef ref = refs.get(index);
			if (taken.contains(ref)) {
				continue;
			}
			LineKind kind = kinds.get(ref);
			switch (kind) {
				case NOISE -> noise.add(ref);
				case HEADLINE -> {
					Draft repeated = byHeadline.get(TextCleaner.headline(page.text(ref)));
					if (repeated != null) {
						// the page printed part of an article twice, headline included
						current = repeated;
						current.duplicates.add(ref);
					}
					else if (current != null && previous == LineKind.HEADLINE && current.lines.size() == 1) {
						current.lines.add(ref); // a subhead
					}
					else {
						current = new Draft(ref);
						drafts.add(current);
						byHeadline.putIfAbsent(TextCleaner.headline(page.text(ref)), current);
					}
				}
				case CAPTION -> {
					if (current == null) {
						unassigned.add(ref);
					}
					else {
						current.captions.add(ref);
					}
				}
				case BYLINE, BODY -> {
					String body = TextCleaner.body(page.text(ref));
					Optional<Draft> repeated = kind == LineKind.BODY ? repeats.original(body) : Optional.empty();
					Draft owner = kind == LineKind.BODY ? owner(drafts, current,
							previous == LineKind.BODY ? last : null, page, refs, index, continuity)
							: previous == LineKind.BODY && last != null ? last : current;
					if (repeated.isPresent()) {
						// a paragraph printed again belongs, once, to the article of its
						// first copy
						repeated.get().duplicates.add(ref);
					}
					else if (owner == null) {
						unassigned.add(ref);
					}
					else {
						owner.add(ref, kind, page);
						repeats.remember(body, owner);
						last = owner;
					}
				}
			}
			previous = kind;
		}
		ParagraphsAboveHeadline.returnToTheirStories(drafts, page, kinds);
		OpenSentenceLines.join(drafts, page, kinds);
		PackageContinuations.reassign(drafts, page, kinds, continuity);
		ScatteredColumns.regroup(drafts, page, kinds, continuity);
		for (Draft draft : drafts) {
			if (draft.lines.size() == 1) {
				// a headline with nothing under it but photos is a section label (图片新闻,
				// 一周速览), not an article
				unassigned.addAll(draft.lines);
				unassigned.addAll(draft.captions);
			}
			else {
				articles
					.add(new ArticleLayout(NarrowColumns.reorder(draft.lines, draft.headlineLines, page, continuity),
							draft.headlineLines, draft.captions, draft.duplicates, false, draft.incomplete));
			}
		}
		articles.sort((a, b) -> a.lines().get(0).compareTo(b.lines().get(0)));
		return new Result(articles, noise, unassigned);
	}

	/**
	 * The article a body line belongs to. Normally the current one; but the page
	 * interleaves columns, so when other articles stop in the middle of a sentence the
	 * line goes to whichever it continues best. A line that opens mid-sentence never
	 * starts a paragraph of a finished article.
	 */
	private static Draft owner(List<Draft> drafts, Draft current, Draft above, PageLines page, List<LineRef> refs,
			int index, Continuity continuity) {
		if (current == null) {
			return null;
		}
		String text = page.text(refs.get(index));
		Draft best = current.open || !Sentences.opensMidSentence(text) ? current : null;
		Set<String> words = Continuity.words(TextCleaner.body(text));
		if (best != null && !Sentences.opensMidSentence(text)) {
			// a sentence may start a paragraph printed after the next story, also under
			// an unfinished
			// article; an end credit closes a finished article it is printed under
			if (!current.open && Bylines.parseTrailing(text.strip()).isPresent()) {
				return current;
			}
			Draft jump = byVocabulary(drafts, current, words);
			if (jump != current || !current.open) {
				return jump;
			}
		}
		// only the latest unfinished articles: a column rarely continues far away, and
		// this bounds the work
		List<Draft> candidates = new ArrayList<>();
		if (best != null) {
			candidates.add(current);
		}
		for (int i = drafts.size() - 1; i >= 0 && candidates.size() < CANDIDATES; i--) {
			if (drafts.get(i) != current && drafts.get(i).open) {
				candidates.add(drafts.get(i));
			}
		}
		candidates = OpenEnds.narrow(candidates, text, refs, index, page, continuity);
		best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (Draft draft : candidates) {
			// the line right under an open line of the same column carries it on, unless
			// another article's end forms a word with it
			double score = draft.score(continuity, text, words) + (draft == above ? COLUMN : 0);
			if (score > bestScore) {
				best = draft;
				bestScore = score;
			}
		}
		return best == null ? current : best;
	}

	/**
	 * A paragraph that starts a sentence may still belong to another article: the page
	 * printed it after the next story (a jump). It goes there only when it shares far
	 * more of its distinctive words (names of people and places, used by one article of
	 * the page only) with that article than with the current one, which must have a body
	 * of its own.
	 */
	private static Draft byVocabulary(List<Draft> drafts, Draft current, Set<String> words) {
		if (current.vocabulary.isEmpty()) {
			return current;
		}
		List<Draft> candidates = new ArrayList<>(List.of(current));
		for (int i = drafts.size() - 1; i >= 0 && candidates.size() <= JUMP_CANDIDATES; i--) {
			if (drafts.get(i) != current && !lead(drafts, i)) {
				candidates.add(drafts.get(i));
			}
		}
		int[] distinctive = Draft.distinctiveWords(candidates, words);
		// per word an article knows, so that a long article does not win only by being
		// long
		int best = 0;
		double bestDensity = JUMP_FACTOR * density(distinctive[0], current);
		for (int c = 1; c < candidates.size(); c++) {
			double density = density(distinctive[c], candidates.get(c));
			if (distinctive[c] >= (current.open ? MIN_SHARED - 1 : MIN_SHARED) && density > bestDensity) {
				best = c;
				bestDensity = density;
			}
		}
		return candidates.get(best);
	}

	/**
	 * A package's lead, one paragraph over stories with their bylines, speaks of what
	 * they speak of: no paragraph of theirs is returned to it.
	 */
	private static boolean lead(List<Draft> drafts, int i) {
		return drafts.get(i).lines.size() == 2 && i + 1 < drafts.size() && drafts.get(i + 1).bylined;
	}

	private static double density(int distinctive, Draft draft) {
		return (double) distinctive / Math.max(1, draft.vocabulary.size());
	}

}
