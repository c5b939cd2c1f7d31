package org.civicatlas.metric.admin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civicatlas.editing.TextFields;
import org.civicatlas.system.PlainNumbers;

/**
 * The figure form: the value as normalised in the open-data contract (万 and 亿 applied), the unit
 * as printed, and the quote that states it. The version is empty for a new figure. Keys, article,
 * program and range are checked by {@link MetricRules}; the quote by {@link QuoteCheck} on saving.
 */
record MetricForm(
		@NotNull(message = "{editing.metric.article.required}") Long articleId,
		Long programId,
		@NotBlank(message = "{editing.metric.label.required}") @Size(max = 200, message = "{editing.size}") String label,
		@Digits(integer = 20, fraction = 4, message = "{editing.metric.digits}") BigDecimal value,
		@Digits(integer = 20, fraction = 4, message = "{editing.metric.digits}") BigDecimal valueMax,
		@NotBlank(message = "{editing.metric.unit.required}") @Size(max = 20, message = "{editing.size}") String unit,
		String approx,
		@NotBlank(message = "{editing.metric.category.required}") String category,
		@NotBlank(message = "{editing.metric.quote.required}") @Size(max = 500, message = "{editing.size}") String quote,
		Long version) {

	MetricForm {
		approx = TextFields.trimToNull(approx);
		category = TextFields.trimToNull(category);
	}

	static MetricForm forArticle(Long articleId) {
		return new MetricForm(articleId, null, null, null, null, null, null, "count", null, null);
	}

	MetricForm withVersion(long current) {
		return new MetricForm(articleId, programId, label, value, valueMax, unit, approx, category, quote, current);
	}

	/** The fields as the conflict view compares them, by label key, normalised as they would be saved. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("editing.metric.article", articleId == null ? null : articleId.toString());
		fields.put("editing.metric.program", programId == null ? null : programId.toString());
		fields.put("editing.metric.label", TextFields.trimToNull(label));
		fields.put("editing.metric.value", PlainNumbers.text(value));
		fields.put("editing.metric.valueMax", PlainNumbers.text(valueMax));
		fields.put("editing.metric.unit", TextFields.trimToNull(unit));
		fields.put("editing.metric.approx", approx);
		fields.put("editing.metric.category", category);
		fields.put("editing.metric.quote", TextFields.trimToNull(quote));
		return fields;
	}

}
