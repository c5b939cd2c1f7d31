package org.civicatlas.ingest.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells headlines, bylines, captions and noise from body text, line by line. The rules
 * are those of the page layout rather than of language: a headline is short and has no
 * sentence punctuation, a byline is a row of person names, a caption credits a photo,
 * noise carries the extraction's markup.
 */
public final class LineClassifier {

	private static final int MAX_HEADLINE_LENGTH = 30;

	/**
	 * Headlines this short, or made of two phrases, need no byline under them to be
	 * believed.
	 */
	static final int SHORT_HEADLINE_LENGTH = 12;

	private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，,。；;：:！!？?、…]");

	private static final Pattern CAPTION = Pattern.compile("图片由.{1,40}提供|[(（](?:摄|摄影|供图|图/)|(?:摄|供图)[)）]\\s*$");

	private static final Pattern NOISE = Pattern.compile("\\*\\*|\\[[^\\]]{0,3}\\]");

	/**
	 * Single characters from neighbouring columns, overlaid by the extraction:
	 * {@code 调 村 ·民 议}.
	 */
	private static final Pattern GARBLED = Pattern.compile("\\S{1,2}(?:\\s+\\S{1,2}){2,}");

	/**
	 * A photographer's credit or a photo placeholder on a line of its own: {@code 陈立舟 摄},
	 * {@code (资料图片)}.
	 */
	private static final Pattern PHOTO_LINE = Pattern
		.compile("^(?:[\\p{IsHan}\\s]{2,24}\\s摄|[(（](?:资料图片|资料图|图片)[)）])$");

	/** More blank lines than this between two lines leave room for a photo. */
	private static final int PHOTO_GAP = 3;

	private LineClassifier() {
	}

	public static Map<LineRef, LineKind> classify(PageLines page) {
		return classify(page, null);
	}

	/**
	 * With {@code continuity}, a line that runs on into the next one by a word is never a
	 * headline.
	 */
	public static Map<LineRef, LineKind> classify(PageLines page, Continuity continuity) {
		List<LineRef> refs = page.refs();
		Map<LineRef, LineKind> kinds = new LinkedHashMap<>();
		LineKind previous = null;
		String previousText = null;
		boolean photoCredit = false;
		for (int i = 0; i < refs.size(); i++) {
			String text = page.text(refs.get(i));
			String next = i + 1 < refs.size() ? page.text(refs.get(i + 1)) : null;
			LineKind kind = classify(text, next);
			// a lead introducing the stories of a package ends in a dash:
			// 下面来听听几位“网格员”的服务故事——
			boolean paragraphEnded = previous == null || previous != LineKind.BODY
					|| Sentences.endsSentence(previousText) || previousText.strip().endsWith("——");
			if (kind == LineKind.BODY && i == 0
					&& (headlineShaped(text) || PunctuatedHeadlines.matches(text, next, true))) {
				// a page opens with a headline unless an article runs over from the page
				// before
				kind = LineKind.HEADLINE;
			}
			else if (kind == LineKind.HEADLINE && !paragraphEnded && !text.strip().contains(" ")
					&& (next == null || Bylines.parseLine(next).isEmpty())) {
				// a short line of a narrow column finishing an open sentence:
				// 那里已开过法律课堂40余
				kind = LineKind.BODY;
			}
			else if (kind == LineKind.BODY && paragraphEnded && PunctuatedHeadlines.matches(text, next, i == 0)
					&& (continuity == null || next == null || !continuity.wordAcross(text, next))) {
				kind = LineKind.HEADLINE;
			}
			else if (photoCredit
					&& (kind == LineKind.BYLINE || kind == LineKind.HEADLINE && Bylines.parseLine(text).isPresent())) {
				kind = LineKind.CAPTION;
			}
			else if (kind == LineKind.BODY && inPhotoSlot(refs, i, previous) && Sentences.endsSentence(text)
					&& (previous != LineKind.HEADLINE || next != null && creditLine(next))) {
				kind = LineKind.CAPTION;
			}
			photoCredit = kind == LineKind.CAPTION;
			kinds.put(refs.get(i), kind);
			previous = kind;
			previousText = text;
		}
		return kinds;
	}

	/**
	 * A line the page sets apart with a gap of several blank lines, not right under a
	 * byline (nor right under a headline unless a credit follows: then the headline is a
	 * section label), stands where a photo was: it is the photo's caption (or a photo
	 * story), and a row of names right under it is the photographer's credit, never the
	 * byline of an article.
	 */
	private static boolean inPhotoSlot(List<LineRef> refs, int i, LineKind previous) {
		return i > 0 && refs.get(i).line() - refs.get(i - 1).line() > PHOTO_GAP && previous != LineKind.BYLINE;
	}

	private static boolean creditLine(String line) {
		return PHOTO_LINE.matcher(line.strip()).matches() || Bylines.parseLine(line).isPresent();
	}

	static LineKind classify(String line, String nextLine) {
		if (NOISE.matcher(line).find()) {
			return LineKind.NOISE;
		}
		if (CAPTION.matcher(line).find() || PHOTO_LINE.matcher(line.strip()).matches()) {
			return LineKind.CAPTION;
		}
		if (GARBLED.matcher(line.strip()).matches() && Bylines.parseLine(line).isEmpty()) {
			return LineKind.NOISE;
		}
		if (Bylines.parseLine(line).isPresent()) {
			return LineKind.BYLINE;
		}
		if (looksLikeHeadline(line, nextLine)) {
			return LineKind.HEADLINE;
		}
		return LineKind.BODY;
	}

	static boolean headlineShaped(String line) {
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
