package org.civicatlas.ingest.text;

/** What a line of a newspaper page is, judged from the line itself and its neighbours. */
public enum LineKind {

	HEADLINE, BYLINE, CAPTION, BODY,

	/** Garbled overlay text of the PDF extraction, belonging to no article. */
	NOISE

}
