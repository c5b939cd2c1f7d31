package org.civicatlas.place;

/** How many divisions of each level the gazetteer holds. */
public record PlaceCounts(long cities, long districts, long townships) {
}
