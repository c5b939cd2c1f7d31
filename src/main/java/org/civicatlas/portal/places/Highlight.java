package org.civicatlas.portal.places;

import java.math.BigDecimal;

import org.civicatlas.portal.common.MetricWording;

/**
 * A notable figure of an article: what is counted, the value as stored (worded for the
 * reader by {@code MetricWording}, as every figure of the portal), the sentence that
 * states it and its line.
 */
record Highlight(long articleId, String headline, String headlineEn, String label, BigDecimal value,
		BigDecimal valueMax, String unit, String approx, String category, String quote, Integer line) {
}
