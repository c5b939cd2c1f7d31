package org.civicatlas.portal.places;

import java.util.List;

import org.civicatlas.system.Publication;

/**
 * An article as the lists link it: headline, main place, townships and where and when it
 * was printed.
 */
record ArticleItem(long id, String headline, String headlineEn, Name place, List<Name> townships,
		Publication publication) {
}
