package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the corrections format of {@link Corrections}. Ranges are resolved against the
 * page's non-blank lines, so the page is needed; a malformed or impossible correction (a
 * blank line, a line past the end, a line named twice) is an error, never silently
 * skipped.
 */
public final class CorrectionsParser {

	private CorrectionsParser() {
	}

	public static Corrections parse(String text, String pageText) {
		Map<Integer, Integer> splits = new LinkedHashMap<>();
		String[] rows = text.split("\r?\n");
		for (String row : rows) {
			String[] words = words(row);
			if (words.length == 3 && words[0].equals("split")) {
				splits.put(Integer.parseInt(words[1]), Integer.parseInt(words[2]));
			}
		}
		PageLines page = PageLines.of(pageText, splits);
		Set<LineRef> noise = new HashSet<>();
		List<Corrections.ArticleLines> articles = new ArrayList<>();
		Builder current = null;
		Set<LineRef> seen = new HashSet<>();
		int number = 0;
		for (String row : rows) {
			number++;
			String[] words = words(row);
			if (words.length == 0 || words[0].equals("split")) {
				continue;
			}
			List<LineRef> refs = refs(words, page, seen, number);
			switch (words[0]) {
				case "noise" -> noise.addAll(refs);
				case "article" -> {
					if (current != null) {
						articles.add(current.build());
					}
					current = new Builder(refs, words.length > 1 ? words[1].split("\\+").length : 1);
				}
				case "captions" -> requireArticle(current, number, words[0]).captions.addAll(refs);
				case "duplicates" -> requireArticle(current, number, words[0]).duplicates.addAll(refs);
				case "incomplete" -> requireArticle(current, number, words[0]).incomplete = true;
				default ->
					throw new IllegalArgumentException("Correction line " + number + ": unknown word " + words[0]);
			}
		}
		if (current != null) {
			articles.add(current.build());
		}
		return new Corrections(splits, noise, articles);
	}

	private static String[] words(String row) {
		int hash = row.indexOf('#');
		String content = (hash >= 0 ? row.substring(0, hash) : row).strip();
		return content.isEmpty() ? new String[0] : content.split("\\s+");
	}

	private static List<LineRef> refs(String[] words, PageLines page, Set<LineRef> seen, int number) {
		List<LineRef> refs = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 1; i < words.length; i++) {
			tokens.addAll(List.of(words[i].split("\\+")));
		}
		for (String word : tokens) {
			int dash = word.indexOf('-');
			if (dash > 0) {
				int from = Integer.parseInt(word.substring(0, dash));
				int to = Integer.parseInt(word.substring(dash + 1));
				for (LineRef ref : page.refs()) {
					if (ref.line() >= from && ref.line() <= to) {
						refs.add(ref);
					}
				}
			}
			else {
				refs.add(LineRef.parse(word));
			}
		}
		for (LineRef ref : refs) {
			if (!page.contains(ref)) {
				throw new IllegalArgumentException(
						"Correction line " + number + ": line " + ref + " is blank or not on the page");
			}
			if (!seen.add(ref)) {
				throw new IllegalArgumentException("Correction line " + number + ": line " + ref + " is named twice");
			}
		}
		return refs;
	}

	private static Builder requireArticle(Builder current, int number, String word) {
		if (current == null) {
			throw new IllegalArgumentException("Correction line " + number + ": '" + word + "' must follow an article");
		}
		return current;
	}

	private static final class Builder {

		private final List<LineRef> lines;

		private final int headlineLines;

		private final Set<LineRef> captions = new HashSet<>();

		private final Set<LineRef> duplicates = new HashSet<>();

		private boolean incomplete;

		Builder(List<LineRef> lines, int headlineLines) {
			this.lines = lines;
			this.headlineLines = headlineLines;
		}

		Corrections.ArticleLines build() {
			return new Corrections.ArticleLines(lines, headlineLines, captions, duplicates, incomplete);
		}

	}

}
