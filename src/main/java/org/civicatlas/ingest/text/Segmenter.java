package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits a page into articles. Corrected articles take exactly the lines their correction names;
 * every other line is laid out by the heuristics: a headline opens an article, a headline right
 * under another is its subhead, and body lines, bylines and captions belong to the article above
 * them. A body line that continues an unfinished paragraph of an article further up (the page
 * interleaved their columns) is returned to that article.
 */
public final class Segmenter {

	private Segmenter() {
	}

	public record Result(List<ArticleLayout> articles, List<LineRef> noise, List<LineRef> unassigned) {
	}

	public static Result segment(PageLines page, Map<LineRef, LineKind> kinds, Corrections corrections) {
		Set<LineRef> taken = new HashSet<>(corrections.namedLines());
		List<ArticleLayout> articles = new ArrayList<>();
		for (Corrections.ArticleLines corrected : corrections.articles()) {
			articles.add(new ArticleLayout(corrected.lines(), new ArrayList<>(new TreeSet<>(corrected.captions())),
					corrected.duplicates(), true, corrected.incomplete()));
		}
		List<LineRef> noise = new ArrayList<>(new TreeSet<>(corrections.noise()));
		List<LineRef> unassigned = new ArrayList<>();

		List<Draft> drafts = new ArrayList<>();
		Draft current = null;
		LineKind previous = null;
		for (LineRef ref : page.refs()) {
			if (taken.contains(ref)) {
				continue;
			}
			LineKind kind = kinds.get(ref);
			switch (kind) {
				case NOISE -> noise.add(ref);
				case HEADLINE -> {
					if (current != null && previous == LineKind.HEADLINE && current.lines.size() == 1) {
						current.lines.add(ref); // a subhead
					}
					else {
						current = new Draft(ref);
						drafts.add(current);
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
					Draft owner = kind == LineKind.BODY ? continued(drafts, current, page, ref) : current;
					if (owner == null) {
						unassigned.add(ref);
					}
					else {
						owner.add(ref, kind, page);
					}
				}
			}
			previous = kind;
		}
		drafts.forEach(draft -> articles.add(new ArticleLayout(draft.lines, draft.captions, Set.of(), false, false)));
		articles.sort((a, b) -> a.lines().get(0).compareTo(b.lines().get(0)));
		return new Result(articles, noise, unassigned);
	}

	/**
	 * The article a body line belongs to: normally the current one, but when the line opens in the
	 * middle of a sentence while the current article's last paragraph is finished, the line carries
	 * on the unfinished paragraph of another article (the latest one with such a paragraph).
	 */
	private static Draft continued(List<Draft> drafts, Draft current, PageLines page, LineRef ref) {
		String text = page.text(ref);
		if (current == null || !Sentences.opensMidSentence(text) || current.open) {
			return current;
		}
		for (int i = drafts.size() - 1; i >= 0; i--) {
			Draft draft = drafts.get(i);
			if (draft != current && draft.open) {
				return draft;
			}
		}
		return current;
	}

	private static final class Draft {

		private final List<LineRef> lines = new ArrayList<>();

		private final List<LineRef> captions = new ArrayList<>();

		/** Whether the last body line added stops in the middle of a sentence. */
		private boolean open;

		Draft(LineRef headline) {
			lines.add(headline);
		}

		void add(LineRef ref, LineKind kind, PageLines page) {
			lines.add(ref);
			if (kind == LineKind.BODY) {
				open = !Sentences.endsSentence(page.text(ref));
			}
		}

	}

}
