package org.civicatlas.portal.search;

/**
 * A piece of a result text, marked when it is a hit. Templates print each piece with
 * {@code th:text} inside {@code <mark>} or not, so a text is never parsed as HTML.
 */
record Segment(String text, boolean mark) {

}
