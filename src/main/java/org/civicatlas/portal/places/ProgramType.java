package org.civicatlas.portal.places;

/** One of the 13 public program types with how many programs of it a scope holds. */
record ProgramType(String key, Name name, long programs) {
}
