package org.civicatlas.ingest.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A full-width paragraph that does not carry on the open line before it but opens with
 * the second half of a word whose first half ends a narrow column line (继续探 | 索…), a line
 * that speaks of the same story (shares one of its three-character words), is read after
 * that line. When the line starts a sentence while the story stops on a pause before it,
 * the finished line printed right below it comes first: the column printed the pair the
 * wrong way round.
 */
final class LeadingLines {

	private LeadingLines() {
	}

	static void insert(Draft story, List<Draft> drafts, List<LineRef> printed, PageLines page, Continuity continuity,
			Set<LineRef> column) {
		Set<String> vocabulary = vocabulary(story, page, column);
		// from the second body line: the first has no line of the story before it
		for (int k = story.headlineLines + 1; k < story.lines.size(); k++) {
			String before = page.text(story.lines.get(k - 1));
			String paragraph = TextCleaner.body(page.text(story.lines.get(k)));
			if (paragraph.isEmpty() || Sentences.endsSentence(before)
					|| Character.UnicodeScript.of(paragraph.charAt(0)) != Character.UnicodeScript.HAN
					|| continuity.junction(before, paragraph) > 0) {
				continue;
			}
			LineRef lead = null;
			double best = 0;
			for (LineRef ref : column) {
				String line = page.text(ref);
				double junction = continuity.junction(line, paragraph);
				// a line an editor's correction placed is not the heuristics' to move
				if (junction > best && !Sentences.endsSentence(line) && !story.lines.subList(0, k).contains(ref)
						&& ScatteredColumns.owner(drafts, ref) != null
						&& Continuity.words(TextCleaner.body(line)).stream().anyMatch(vocabulary::contains)) {
					lead = ref;
					best = junction;
				}
			}
			if (lead == null) {
				continue;
			}
			take(drafts, lead);
			story.lines.add(k, lead);
			int below = printed.indexOf(lead) + 1;
			if (!Sentences.opensMidSentence(page.text(lead)) && ScatteredColumns.stopsOnPause(before)
					&& below < printed.size() && column.contains(printed.get(below))
					&& ScatteredColumns.owner(drafts, printed.get(below)) != null
					&& !story.lines.subList(0, k).contains(printed.get(below))
					&& Sentences.endsSentence(page.text(printed.get(below)))
					&& !Sentences.opensMidSentence(page.text(printed.get(below)))
					&& !claimed(printed.get(below), column, page, continuity)) {
				take(drafts, printed.get(below));
				story.lines.add(k, printed.get(below));
			}
			return;
		}
	}

	/** Whether an open line of the column carries on into {@code ref} by a word. */
	private static boolean claimed(LineRef ref, Set<LineRef> column, PageLines page, Continuity continuity) {
		String text = page.text(ref);
		return column.stream()
			.anyMatch(other -> !other.equals(ref) && endsInWord(page.text(other))
					&& continuity.wordAcross(page.text(other), text));
	}

	/** Whether a line stops inside a word: on a character, not a punctuation mark. */
	private static boolean endsInWord(String line) {
		String t = TextCleaner.body(line);
		return !t.isEmpty() && Character.UnicodeScript.of(t.charAt(t.length() - 1)) == Character.UnicodeScript.HAN;
	}

	private static void take(List<Draft> drafts, LineRef ref) {
		for (Draft draft : drafts) {
			draft.lines.remove(ref);
		}
	}

	/** The words of the story's own full-width paragraphs. */
	private static Set<String> vocabulary(Draft story, PageLines page, Set<LineRef> column) {
		Set<String> words = new HashSet<>();
		for (LineRef ref : story.lines.subList(1, story.lines.size())) {
			if (!column.contains(ref)) {
				words.addAll(Continuity.words(TextCleaner.body(page.text(ref))));
			}
		}
		return words;
	}

}
