package org.civicatlas.ingest.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells headlines, bylines, captions and noise from body text, line by line. The rules are those
 * of the page layout rather than of language: a headline is short and has no sentence punctuation,
 * a byline is a row of person names, a caption credits a photo, noise carries the extraction's
 * markup.
 */
public final class LineClassifier {

	private static final int MAX_HEADLINE_LENGTH = 30;

	/** Headlines this short, or made of two phrases, need no byline under them to be believed. */
	private static final int SHORT_HEADLINE_LENGTH = 12;

	private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，,。；;：:！!？?、…]");

	private static final Pattern CAPTION = Pattern.compile("图片由.{1,40}提供|[(（](?:摄|摄影|供图|图/)|(?:摄|供图)[)）]\\s*$");

	private static final Pattern NOISE = Pattern.compile("\\*\\*|\\[[^\\]]{0,3}\\]");

	private LineClassifier() {
	}

	public static Map<LineRef, LineKind> classify(PageLines page) {
		List<LineRef> refs = page.refs();
		Map<LineRef, LineKind> kinds = new LinkedHashMap<>();
		for (int i = 0; i < refs.size(); i++) {
			String text = page.text(refs.get(i));
			String next = i + 1 < refs.size() ? page.text(refs.get(i + 1)) : null;
			LineKind kind = classify(text, next);
			// a page opens with a headline unless an article runs over from the page before
			if (i == 0 && kind == LineKind.BODY && headlineShaped(text)) {
				kind = LineKind.HEADLINE;
			}
			kinds.put(refs.get(i), kind);
		}
		return kinds;
	}

	static LineKind classify(String line, String nextLine) {
		if (NOISE.matcher(line).find()) {
			return LineKind.NOISE;
		}
		if (CAPTION.matcher(line).find()) {
			return LineKind.CAPTION;
		}
		if (Bylines.parseLine(line).isPresent()) {
			return LineKind.BYLINE;
		}
		if (looksLikeHeadline(line, nextLine)) {
			return LineKind.HEADLINE;
		}
		return LineKind.BODY;
	}

	private static boolean headlineShaped(String line) {
		return line.length() <= MAX_HEADLINE_LENGTH && !SENTENCE_PUNCTUATION.matcher(line).find();
	}

	private static boolean looksLikeHeadline(String line, String nextLine) {
		if (!headlineShaped(line)) {
			return false;
		}
		boolean twoPhrases = line.strip().contains(" ");
		boolean followedByByline = nextLine != null && Bylines.parseLine(nextLine).isPresent();
		return twoPhrases || line.length() <= SHORT_HEADLINE_LENGTH || followedByByline;
	}

}
