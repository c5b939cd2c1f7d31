package org.civicatlas.ingest.metric;

import java.util.List;

import org.civicatlas.ingest.MetricModel.Category;

/**
 * Numbers in Chinese numerals that tell a story rather than report a result: what one
 * person did (他一天要跑三个村, 她从五个方面讲了…), how long one occasion lasted (谈了两个多小时), and the
 * details of a sentence about one person (一位老人…三种药). News writing gives such details in
 * Chinese numerals and its statistics in Arabic digits, so an Arabic number in the same
 * place (他累计调解纠纷300余起) stays a figure.
 */
final class Anecdotes {

	/** A clause whose subject is one person. */
	private static final List<String> ONE_PERSON = List.of("他", "她");

	/** A plural pronoun is a group, which may well be a program's team. */
	private static final String PLURAL = "们";

	/** 一名患者, 一位老人: a sentence about one person. */
	private static final List<String> SOMEONE = List.of("一名", "一位");

	private Anecdotes() {
	}

	static boolean tells(CharSequence text, NonFigures.Match m) {
		if (!m.chinese()) {
			return false;
		}
		return byOnePerson(text, m) || lastedOnce(text, m) || aboutSomeone(text, m);
	}

	private static boolean byOnePerson(CharSequence text, NonFigures.Match m) {
		int start = Punctuation.clauseStart(text, m.numberStart());
		return ONE_PERSON.stream().anyMatch(p -> Units.startsWith(text, start, p))
				&& !Units.startsWith(text, start + 1, PLURAL);
	}

	/** A duration right after 了 (持续了, 谈了) is how long one thing took. */
	private static boolean lastedOnce(CharSequence text, NonFigures.Match m) {
		return Units.categoryOf(m.unit()) == Category.DURATION && m.start() > 0 && text.charAt(m.start() - 1) == '了';
	}

	private static boolean aboutSomeone(CharSequence text, NonFigures.Match m) {
		String before = text.subSequence(Punctuation.sentenceStart(text, m.start()), m.start()).toString();
		return SOMEONE.stream().anyMatch(before::contains);
	}

}
