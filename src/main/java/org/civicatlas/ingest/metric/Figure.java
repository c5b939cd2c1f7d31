package org.civicatlas.ingest.metric;

import java.math.BigDecimal;

import org.civicatlas.ingest.MetricModel.Approx;
import org.civicatlas.ingest.MetricModel.Category;

/**
 * One figure found in a text, normalised as {@code spec/open-data.md} asks: 万 and 亿
 * applied, the unit as printed without them.
 *
 * @param value the number, or the lower end of a range
 * @param valueMax the upper end of a range, or {@code null}
 * @param approx the qualifier, {@code null} when the figure is exact
 * @param start where the expression starts, qualifier before the number included (近30万元)
 * @param numberStart where its first digit or numeral stands
 * @param end just after the unit and any qualifier after it (95%以上)
 */
public record Figure(BigDecimal value, BigDecimal valueMax, String unit, Approx approx, Category category, int start,
		int numberStart, int end) {

}
