package org.civicatlas.portal.places;

import java.util.List;

/**
 * A program as a place page lists it: where it runs and its type keys, the primary type
 * first.
 */
record ProgramItem(long id, String name, Name place, List<String> types) {
}
