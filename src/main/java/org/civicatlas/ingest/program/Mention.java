package org.civicatlas.ingest.program;

/**
 * One place where a paragraph names a possible program.
 *
 * @param name the name as printed, quotation marks removed (医廉心工程)
 * @param core what identifies the program across spellings: the quoted words alone (医廉心),
 * or the unquoted name itself
 * @param quoted whether the name was printed in quotation marks
 * @param evidence whether the words around this mention show that it names an initiative
 * @param article index of the article in the page's list
 * @param paragraph index of the paragraph in the article
 * @param start offset of the mention in the paragraph (its opening quotation mark, if
 * any)
 * @param end offset just after the mention
 */
record Mention(String name, String core, boolean quoted, boolean evidence, int article, int paragraph, int start,
		int end) {

	/** Reading order on the page. */
	boolean before(Mention other) {
		if (article != other.article) {
			return article < other.article;
		}
		return paragraph != other.paragraph ? paragraph < other.paragraph : start < other.start;
	}

}
