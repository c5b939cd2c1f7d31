package org.civicatlas.ingest;

/**
 * Where one non-blank line of a page ended: in an article (as its headline, subhead,
 * byline, body or a caption), as a repeat of a line printed elsewhere, set aside by an
 * editor, or nowhere yet. Every non-blank line has exactly one place, so that nothing on
 * a page is lost without a word.
 */
public enum LineRole {

	HEADLINE, SUBHEAD, BYLINE, BODY, CAPTION,

	/**
	 * A repeat of text the page printed elsewhere (its article keeps the first print).
	 */
	DUPLICATE,

	/** Not part of any article, by an editor's decision. */
	DISCARDED,

	/** Neither the pipeline nor an editor gave it a place. */
	UNASSIGNED;

	/** Whether a line of this role belongs to an article. */
	public boolean inArticle() {
		return this != DISCARDED && this != UNASSIGNED;
	}

}
