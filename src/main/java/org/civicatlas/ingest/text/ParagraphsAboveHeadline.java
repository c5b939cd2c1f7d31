package org.civicatlas.ingest.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last paragraph of a story that did not fit under it is sometimes printed in the
 * slot above its headline, at the foot of the story before. The segmenter, which reads
 * down the page, gives it to that story; it belongs to the one below when that one stops
 * mid-sentence, the story above ends on a finished sentence without it, and the paragraph
 * speaks of what only the story below speaks of (its distinctive words, as for a
 * paragraph printed after the next story).
 */
final class ParagraphsAboveHeadline {

	private ParagraphsAboveHeadline() {
	}

	static void returnToTheirStories(List<Draft> drafts, PageLines page, Map<LineRef, LineKind> kinds) {
		Map<LineRef, Integer> position = new HashMap<>();
		List<LineRef> refs = page.refs();
		for (int i = 0; i < refs.size(); i++) {
			position.put(refs.get(i), i);
		}
		for (int k = 1; k < drafts.size(); k++) {
			Draft above = drafts.get(k - 1);
			Draft below = drafts.get(k);
			int n = above.lines.size();
			if (!below.open || n < 3) {
				continue;
			}
			LineRef paragraph = above.lines.get(n - 1);
			LineRef before = above.lines.get(n - 2);
			if (kinds.get(paragraph) != LineKind.BODY || kinds.get(before) != LineKind.BODY
					|| position.get(below.lines.get(0)) != position.get(paragraph) + 1
					|| !Sentences.endsSentence(page.text(before))) {
				continue;
			}
			Set<String> words = Continuity.words(TextCleaner.body(page.text(paragraph)));
			Set<String> rest = new HashSet<>();
			for (LineRef line : above.lines.subList(1, n - 1)) {
				if (kinds.get(line) == LineKind.BODY) {
					rest.addAll(Continuity.words(TextCleaner.body(page.text(line))));
				}
			}
			long belowOnly = words.stream().filter(w -> below.vocabulary.contains(w) && !rest.contains(w)).count();
			long aboveOnly = words.stream().filter(w -> rest.contains(w) && !below.vocabulary.contains(w)).count();
			if (belowOnly >= Segmenter.MIN_SHARED && belowOnly >= Segmenter.JUMP_FACTOR * aboveOnly) {
				above.lines.remove(n - 1);
				below.add(paragraph, LineKind.BODY, page);
			}
		}
	}

}
