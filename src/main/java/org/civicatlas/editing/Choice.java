package org.civicatlas.editing;

/**
 * One option of a picker (a place, a program, a subtype): the value the form posts, what
 * a person reads, and secondary text such as a code.
 */
public record Choice(String value, String label, String detail) {
}
