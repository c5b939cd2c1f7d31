package org.civicatlas.ingest.text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A story of a package as {@link PackageContinuations} shares out the band of
 * continuation paragraphs: its head (headline, byline, first paragraph), the words of its
 * head and headline, and the text it has so far.
 */
final class PackageStory {

	/** How much more evidence another story needs than the paragraph's owner. */
	static final double MARGIN = 1;

	/** What the quotation state weighs: a closing mark for a story inside a quotation. */
	private static final double QUOTATION = 2;

	/**
	 * A first sentence that only names a speaker (a name or title, then 说, 表示 or 介绍) ends
	 * a quotation the page lost at the end of a line.
	 */
	private static final Pattern ATTRIBUTION = Pattern.compile("^[^，,。；;：:“”]{1,16}(说|表示|介绍)。");

	final List<LineRef> head;

	final Set<String> headWords = new HashSet<>();

	final Set<String> headlineWords;

	final StringBuilder text = new StringBuilder();

	PackageStory(List<LineRef> head, PageLines page, Map<LineRef, LineKind> kinds) {
		this.head = List.copyOf(head);
		this.headlineWords = bigrams(TextCleaner.body(page.text(head.get(0))));
		for (LineRef ref : head.subList(1, head.size())) {
			if (kinds.get(ref) == LineKind.BODY) {
				take(page.text(ref));
				headWords.addAll(Continuity.words(TextCleaner.body(page.text(ref))));
			}
		}
	}

	/**
	 * Whether text was lost before a paragraph it took: it closed a quotation the story
	 * was not inside, or only named the speaker of one.
	 */
	boolean lostText;

	void take(String line) {
		String body = TextCleaner.body(line);
		lostText |= open()
				&& (Sentences.closesQuotation(body) && !inQuotation() || ATTRIBUTION.matcher(body).lookingAt());
		text.append(body);
	}

	boolean open() {
		return !text.isEmpty() && !Sentences.endsSentence(text.toString());
	}

	/** Whether more quotations were opened than closed: the text stops inside one. */
	boolean inQuotation() {
		return text.chars().filter(c -> c == '“').count() > text.chars().filter(c -> c == '”').count();
	}

	/**
	 * The story {@code line} goes to: the one with the most evidence, when it beats the
	 * owner's by the margin.
	 */
	static Draft choose(Map<Draft, PackageStory> stories, Draft owner, String line, Continuity continuity) {
		Draft best = owner;
		double bestScore = Double.NEGATIVE_INFINITY;
		double ownerScore = Double.NEGATIVE_INFINITY;
		for (Map.Entry<Draft, PackageStory> entry : stories.entrySet()) {
			double score = entry.getValue().evidence(line, stories.values(), continuity);
			if (entry.getKey() == owner) {
				ownerScore = score;
			}
			if (score > bestScore) {
				best = entry.getKey();
				bestScore = score;
			}
		}
		return bestScore >= ownerScore + MARGIN ? best : owner;
	}

	/**
	 * How strongly {@code line} carries this story on; negative infinity when it cannot
	 * (it opens mid-sentence and the story's text is finished).
	 */
	double evidence(String line, Iterable<PackageStory> all, Continuity continuity) {
		String body = TextCleaner.body(line);
		if (body.isEmpty()) {
			return Double.NEGATIVE_INFINITY;
		}
		boolean closing = Sentences.closesQuotation(body) || ATTRIBUTION.matcher(body).lookingAt();
		boolean carriesOn = closing || Sentences.opensMidSentence(body);
		if (carriesOn && !open()) {
			return Double.NEGATIVE_INFINITY;
		}
		double score = 0;
		char end = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
		if (carriesOn && han(end) && han(body.charAt(0))) {
			// a word across the break, as the segmenter counts it
			score += 2 * Math.log1p(continuity.pair(end, body));
		}
		if (closing && inQuotation()) {
			score += QUOTATION;
		}
		else if (body.startsWith("“") && inQuotation()) {
			// quotations inside quotations take single marks
			score -= QUOTATION;
		}
		Set<String> words = new HashSet<>(Continuity.words(body));
		words.retainAll(headWords);
		Set<String> headline = bigrams(body);
		headline.retainAll(headlineWords);
		for (PackageStory other : all) {
			if (other != this) {
				words.removeAll(other.headWords);
				headline.removeAll(other.headlineWords);
			}
		}
		return score + words.size() + headline.size();
	}

	private static Set<String> bigrams(String text) {
		Set<String> bigrams = new HashSet<>();
		for (int i = 0; i + 2 <= text.length(); i++) {
			if (han(text.charAt(i)) && han(text.charAt(i + 1))) {
				bigrams.add(text.substring(i, i + 2));
			}
		}
		return bigrams;
	}

	private static boolean han(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
