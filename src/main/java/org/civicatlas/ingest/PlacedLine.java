package org.civicatlas.ingest;

/**
 * A line of an article and its role in it.
 *
 * @param line 1-based, blank lines counted
 */
public record PlacedLine(int line, LineRole role) {
}
