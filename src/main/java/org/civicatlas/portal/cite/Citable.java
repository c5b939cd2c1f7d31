package org.civicatlas.portal.cite;

import java.util.List;

import org.civicatlas.system.Publication;

/**
 * What a citation names: an article (its bylines, headline and newspaper page), a program
 * or a figure of the atlas (a record of the atlas's database, with the article it comes
 * from).
 *
 * @param kind {@code article}, {@code program} or {@code figure}
 * @param path the record's page on the portal, from the context path
 */
record Citable(String kind, long id, String title, List<String> authors, Publication publication, String path) {

	boolean newspaperKnown() {
		return "article".equals(kind) && publication.newspaper() != null;
	}

	/** The citation key: stable, ASCII, one per record. */
	String key() {
		return "civicatlas-" + kind + "-" + id;
	}

}
