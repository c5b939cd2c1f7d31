package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.ingest.ProgramModel;

/**
 * Ties a figure to the program it describes. An article about a program reports its
 * figures around the program's name, rarely in the same sentence (书屋已接待读者…; 驿站还帮老人…), so
 * the figure goes to the program its own sentence names (the one named last before the
 * number, else the first after it; a phrase that points back by the end of a name, 该中心 or
 * 这座服务中心, names it too: {@link PointingBack}), else, when its paragraph names no program,
 * to the one whose own words the paragraph repeats ({@link OwnWords}), else to the
 * program the headline names (the article is about it, and the programs its paragraphs
 * name on the way are parts or means of it), else to the program the article named last
 * before it, else to the first one the article names after it. Names are found by their
 * spellings (name and aliases of two characters at least: a single character would match
 * anywhere).
 */
public final class FigurePrograms {

	private static final int MIN_SPELLING = 2;

	private static final String QUOTE_MARKS = "“”‘’\"'";

	/** A spelling of a program printed at an offset of a paragraph. */
	private record Named(String program, int paragraph, int start) {
	}

	private final List<String> paragraphs;

	private final List<Named> named;

	private final List<String> names;

	private final Map<Integer, List<SentenceSpans.Range>> sentences = new HashMap<>();

	private final OwnWords ownWords;

	/** The one program the headline names, or null when it names none or several. */
	private final String headlined;

	/**
	 * @param headline the article's headline, or null
	 * @param paragraphs the article's paragraphs
	 * @param programs the programs the article describes
	 */
	public FigurePrograms(String headline, List<String> paragraphs, List<ProgramModel> programs) {
		this.paragraphs = List.copyOf(paragraphs);
		this.named = new ArrayList<>();
		List<String> inHeadline = programs.stream()
			.filter(program -> headline != null && spellings(program).stream().anyMatch(headline::contains))
			.map(ProgramModel::name)
			.toList();
		this.headlined = inHeadline.size() == 1 ? inHeadline.get(0) : null;
		this.names = programs.stream().map(ProgramModel::name).toList();
		this.ownWords = new OwnWords(names, headline);
		List<List<String>> spellings = programs.stream().map(FigurePrograms::spellings).toList();
		List<PointingBack.Reference> references = new ArrayList<>();
		List<Integer> referenceParagraphs = new ArrayList<>();
		for (int p = 0; p < paragraphs.size(); p++) {
			// a name is printed with quotation marks inside it (助“凝”圆梦工坊) as often as
			// around it: names are looked for in the paragraph without them
			StringBuilder bare = new StringBuilder();
			int[] printedAt = new int[paragraphs.get(p).length()];
			for (int i = 0; i < paragraphs.get(p).length(); i++) {
				if (QUOTE_MARKS.indexOf(paragraphs.get(p).charAt(i)) < 0) {
					printedAt[bare.length()] = i;
					bare.append(paragraphs.get(p).charAt(i));
				}
			}
			for (int k = 0; k < programs.size(); k++) {
				for (String spelling : spellings.get(k)) {
					for (int at = bare.indexOf(spelling); at >= 0; at = bare.indexOf(spelling, at + 1)) {
						named.add(new Named(names.get(k), p, printedAt[at]));
					}
				}
			}
			for (PointingBack.Reference reference : PointingBack.in(paragraphs.get(p), spellings, names)) {
				references.add(reference);
				referenceParagraphs.add(p);
			}
		}
		named.sort(FigurePrograms::order);
		// 该中心, 这座服务中心: the program of that kind named last before the phrase
		for (int r = 0; r < references.size(); r++) {
			Named pointed = pointedAt(references.get(r), referenceParagraphs.get(r));
			if (pointed != null) {
				named.add(pointed);
			}
		}
		named.sort(FigurePrograms::order);
	}

	private Named pointedAt(PointingBack.Reference reference, int paragraph) {
		Named last = null;
		for (Named n : named) {
			boolean before = n.paragraph < paragraph || n.paragraph == paragraph && n.start < reference.start();
			if (before && reference.programs().contains(n.program)) {
				last = n;
			}
		}
		return last == null ? null : new Named(last.program, paragraph, reference.start());
	}

	private static int order(Named a, Named b) {
		return a.paragraph != b.paragraph ? Integer.compare(a.paragraph, b.paragraph)
				: Integer.compare(a.start, b.start);
	}

	/**
	 * @param paragraph the index of the figure's paragraph
	 * @param quote the figure's quote, a verbatim part of the paragraph
	 * @return the name of the program the figure describes, or {@code null} when the
	 * article names none
	 */
	public String programOf(int paragraph, String quote) {
		if (named.isEmpty()) {
			return null;
		}
		String text = paragraphs.get(paragraph);
		int quoteStart = Math.max(0, text.indexOf(quote));
		int number = quoteStart + firstNumeral(quote);
		SentenceSpans.Range sentence = sentenceAt(paragraph, Math.min(number, text.length() - 1));
		Named before = null;
		Named inSentenceAfter = null;
		Named after = null;
		for (Named n : named) {
			boolean earlier = n.paragraph < paragraph || n.paragraph == paragraph && n.start < number;
			if (earlier) {
				before = n;
			}
			else if (after == null) {
				after = n;
			}
			if (inSentenceAfter == null && !earlier && n.paragraph == paragraph && sentence.contains(n.start)) {
				inSentenceAfter = n;
			}
		}
		boolean beforeInSentence = before != null && before.paragraph == paragraph && sentence.contains(before.start);
		if (beforeInSentence) {
			return before.program;
		}
		if (inSentenceAfter != null) {
			return inSentenceAfter.program;
		}
		String described = named.stream().anyMatch(n -> n.paragraph == paragraph) ? null : ownWords.of(text);
		if (described != null) {
			return described;
		}
		if (headlined != null) {
			return headlined;
		}
		return before != null ? before.program : after.program;
	}

	/** The sentences of each paragraph, split once: a paragraph can hold many figures. */
	private SentenceSpans.Range sentenceAt(int paragraph, int offset) {
		List<SentenceSpans.Range> ranges = sentences.computeIfAbsent(paragraph,
				p -> SentenceSpans.sentences(paragraphs.get(p)));
		for (SentenceSpans.Range range : ranges) {
			if (range.contains(offset)) {
				return range;
			}
		}
		return ranges.isEmpty() ? new SentenceSpans.Range(0, 0) : ranges.get(ranges.size() - 1);
	}

	private static List<String> spellings(ProgramModel program) {
		List<String> spellings = new ArrayList<>();
		spellings.add(program.name());
		spellings.addAll(program.aliases());
		spellings.removeIf(spelling -> spelling.length() < MIN_SPELLING);
		return spellings;
	}

	private static int firstNumeral(String quote) {
		for (int i = 0; i < quote.length(); i++) {
			char c = quote.charAt(i);
			if (Character.isDigit(c) || "一二两三四五六七八九十百千万".indexOf(c) >= 0) {
				return i;
			}
		}
		return 0;
	}

}
