package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.civicatlas.ingest.text.Quotes;

/**
 * Quoted counts of a program's units: a numeral and a program word in quotation marks
 * (“十坊”, “三中心”, “五站”). Unquoted, such words count things (四大平台, 三个基地); the quotation
 * marks make the count the name of the whole set, the way provinces and towns name their
 * programs after a number. {@link QuotedNames} wants a name of its own before the program
 * word, so these come here: a name when the article prints the quotation twice, as it
 * does when the set is what it is about (a single printing may still be a count someone
 * quoted).
 */
final class CountedNames {

	private static final Pattern NUMERALS = Pattern.compile("[一二两三四五六七八九十百千]+");

	private static final int MIN_PRINTED = 2;

	private CountedNames() {
	}

	/**
	 * @param paragraphs the article's paragraphs
	 * @param p the paragraph to search
	 * @param quoted the mentions {@link QuotedNames} found in it: one with evidence of
	 * its own stands, one without is replaced
	 */
	static List<Mention> find(List<String> paragraphs, int p, List<Mention> quoted, int article) {
		String text = paragraphs.get(p);
		List<Mention> mentions = new ArrayList<>();
		for (Quotes.Span span : Quotes.in(text)) {
			String core = span.content(text);
			String head = NameWords.head(core);
			boolean counted = head != null
					&& NUMERALS.matcher(core.substring(0, core.length() - head.length())).matches();
			if (counted && quoted.stream().noneMatch(m -> m.start() == span.open() && m.evidence())
					&& printings(paragraphs, text.substring(span.open(), span.close() + 1)) >= MIN_PRINTED) {
				mentions.add(new Mention(core, core, true, true, article, p, span.open(), span.close() + 1));
			}
		}
		return mentions;
	}

	private static int printings(List<String> paragraphs, String quotation) {
		int count = 0;
		for (String paragraph : paragraphs) {
			for (int at = paragraph.indexOf(quotation); at >= 0; at = paragraph.indexOf(quotation, at + 1)) {
				count++;
			}
		}
		return count;
	}

}
