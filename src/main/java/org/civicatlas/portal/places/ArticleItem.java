package org.civicatlas.portal.places;

import java.time.LocalDate;
import java.util.List;

/** An article as the lists link it: headline, main place, townships and the day it was imported. */
record ArticleItem(long id, String headline, Name place, List<Name> townships, LocalDate imported) {
}
