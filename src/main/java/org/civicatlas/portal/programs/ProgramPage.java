package org.civicatlas.portal.programs;

import java.util.List;

/**
 * What a program's page shows, names already in the reader's language; {@code nameEn} is
 * the English name an editor gave, or null (English pages then show the name's pinyin).
 */
record ProgramPage(long id, String name, String nameEn, List<String> aliases, String description,
		List<Classification> types, List<Crumb> place, String village, List<Figure> metrics, List<ArticleLink> articles,
		List<Related> related) {

	/** One of its subtypes with its type; the primary one first. */
	record Classification(String type, String subtype, boolean primary) {
	}

	/** A step of the place breadcrumbs: 浙江省 › city › district › township. */
	record Crumb(String name, String href) {
	}

	/**
	 * A figure: what is counted, the value in words, the quote, and where the sentence
	 * stands.
	 */
	record Figure(long id, long articleId, String label, String words, String quote, Integer line) {

		public String href() {
			return "/articles/" + articleId + "#m" + id;
		}

	}

	record ArticleLink(long id, String headline, String headlineEn) {
	}

	/** A program of the same subtype, the same district, or both. */
	record Related(long id, String name, List<String> place, boolean sameSubtype, boolean sameDistrict) {
	}

}
