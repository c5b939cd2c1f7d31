package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An article of the page as the {@link Segmenter} builds it, line by line. */
final class Draft {

	final List<LineRef> lines = new ArrayList<>();

	/**
	 * How many of the first lines make the headline: two when it was printed in two
	 * pieces.
	 */
	int headlineLines = 1;

	final List<LineRef> captions = new ArrayList<>();

	final Set<LineRef> duplicates = new HashSet<>();

	/** Whether the last body line added stops in the middle of a sentence. */
	boolean open;

	/** The last character of its body so far and its vocabulary, kept as lines arrive. */
	private char lastChar;

	final Set<String> vocabulary = new HashSet<>();

	/** Whether a byline stands right under its headline. */
	boolean bylined;

	/** Whether the page lost part of its text between two of its lines. */
	boolean incomplete;

	/** Whether its text so far stops inside a quotation. */
	boolean inQuotation;

	Draft(LineRef headline) {
		lines.add(headline);
	}

	char lastChar() {
		return lastChar;
	}

	double score(Continuity continuity, String line, Set<String> lineWords) {
		return continuity.score(lastChar, vocabulary, line, lineWords);
	}

	void add(LineRef ref, LineKind kind, PageLines page) {
		bylined |= kind == LineKind.BYLINE && lines.size() == 1;
		lines.add(ref);
		if (kind == LineKind.BODY) {
			String text = TextCleaner.body(page.text(ref));
			open = !Sentences.endsSentence(text);
			if (!text.isEmpty()) {
				lastChar = text.charAt(text.length() - 1);
			}
			vocabulary.addAll(Continuity.words(text));
			int opening = text.lastIndexOf('“');
			int closing = text.lastIndexOf('”');
			if (opening >= 0 || closing >= 0) {
				inQuotation = opening > closing;
			}
		}
	}

	/**
	 * How many of {@code words} each candidate alone knows: the distinctive words (names
	 * of people and places) a paragraph shares with one article of the page only.
	 */
	static int[] distinctiveWords(List<Draft> candidates, Set<String> words) {
		int[] distinctive = new int[candidates.size()];
		for (String word : words) {
			int owner = -1;
			for (int c = 0; c < candidates.size(); c++) {
				if (candidates.get(c).vocabulary.contains(word)) {
					owner = owner == -1 ? c : -2;
				}
			}
			if (owner >= 0) {
				distinctive[owner]++;
			}
		}
		return distinctive;
	}

}
