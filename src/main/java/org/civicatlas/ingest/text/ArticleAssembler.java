package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an article's lines into clean text: the first line is the headline, a
 * headline-like line right under it the subhead, bylines become names, and body lines are
 * joined into paragraphs wherever a line stops in the middle of a sentence. Paragraphs
 * printed twice are dropped.
 */
public final class ArticleAssembler {

	private ArticleAssembler() {
	}

	public static CleanArticle assemble(ArticleLayout layout, PageLines page, Map<LineRef, LineKind> kinds) {
		List<LineRef> lines = layout.lines();
		int start = Math.min(layout.headlineLines(), lines.size());
		String headline = TextCleaner
			.headline(String.join(" ", lines.subList(0, start).stream().map(page::text).toList()));
		String subhead = null;
		if (lines.size() > start && kinds.get(lines.get(start)) == LineKind.HEADLINE) {
			subhead = TextCleaner.headline(page.text(lines.get(start)));
			start++;
		}
		Set<String> bylines = new LinkedHashSet<>();
		List<Paragraph> paragraphs = new ArrayList<>();
		List<LineRef> used = new ArrayList<>(lines.subList(0, start));
		ParagraphBuilder paragraph = null;
		for (LineRef ref : lines.subList(start, lines.size())) {
			String raw = page.text(ref);
			Optional<List<String>> names = kinds.get(ref) == LineKind.BYLINE ? Bylines.parseLine(raw)
					: Optional.empty();
			if (names.isPresent()) {
				bylines.addAll(names.get());
				used.add(ref);
				continue;
			}
			// before cleaning, which would remove the spaces between the names
			Optional<Bylines.Trailing> inline = paragraphs.isEmpty() ? Bylines.parseInline(raw) : Optional.empty();
			Optional<Bylines.Trailing> trailing = Bylines
				.parseTrailing(inline.map(Bylines.Trailing::text).orElse(raw).strip());
			for (Optional<Bylines.Trailing> byline : List.of(inline, trailing)) {
				if (byline.isPresent()) {
					bylines.addAll(byline.get().names());
					raw = byline.get().text();
				}
			}
			String text = TextCleaner.body(raw);
			used.add(ref);
			if (text.isEmpty()) {
				continue;
			}
			if (paragraph == null || paragraph.finished()) {
				paragraph = new ParagraphBuilder();
				paragraphs.add(null); // placeholder, filled when built
			}
			paragraph.append(text, ref);
			paragraphs.set(paragraphs.size() - 1, paragraph.build());
		}
		List<Paragraph> unique = Duplicates.drop(paragraphs);
		List<String> captions = layout.captions().stream().map(ref -> TextCleaner.body(page.text(ref))).toList();
		boolean incomplete = layout.incomplete() || unique.isEmpty()
				|| !Sentences.endsSentence(unique.get(unique.size() - 1).text())
				|| Sentences.opensMidSentence(unique.get(0).text());
		List<Integer> sourceLines = sourceLines(used, paragraphs, unique);
		return new CleanArticle(headline, subhead, List.copyOf(bylines), unique, captions, sourceLines, incomplete,
				layout.corrected());
	}

	// Lines of dropped repeats are not lines the article was built from.
	private static List<Integer> sourceLines(List<LineRef> used, List<Paragraph> all, List<Paragraph> kept) {
		Set<LineRef> dropped = new LinkedHashSet<>();
		all.stream().filter(p -> !kept.contains(p)).forEach(p -> dropped.addAll(p.lines()));
		kept.forEach(p -> dropped.removeAll(p.lines()));
		Set<Integer> lines = new LinkedHashSet<>();
		used.stream().filter(ref -> !dropped.contains(ref)).forEach(ref -> lines.add(ref.line()));
		return List.copyOf(lines);
	}

	private static final class ParagraphBuilder {

		private final StringBuilder text = new StringBuilder();

		private final List<Paragraph.Piece> pieces = new ArrayList<>();

		void append(String line, LineRef ref) {
			pieces.add(new Paragraph.Piece(text.length(), ref));
			text.append(line);
		}

		boolean finished() {
			return Sentences.endsSentence(text.toString());
		}

		Paragraph build() {
			return new Paragraph(text.toString(), pieces);
		}

	}

}
