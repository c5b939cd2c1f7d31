package org.civicatlas.metric.admin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civicatlas.editing.MergeableForm;
import org.civicatlas.editing.TextFields;
import org.civicatlas.editing.ThreeWayMerge;
import org.civicatlas.system.PlainNumbers;

/**
 * The figure form: the value as normalised in the open-data contract (万 and 亿 applied),
 * the unit as printed, and the quote that states it. The version is empty for a new
 * figure. Keys, article, program and range are checked by {@link MetricRules}; the quote
 * by {@link QuoteCheck} on saving.
 */
record MetricForm(@NotNull(message = "{editing.metric.article.required}") Long articleId, Long programId,
		@NotBlank(message = "{editing.metric.label.required}") @Size(max = 200,
				message = "{editing.size}") String label,
		@Digits(integer = 20, fraction = 4, message = "{editing.metric.digits}") BigDecimal value,
		@Digits(integer = 20, fraction = 4, message = "{editing.metric.digits}") BigDecimal valueMax,
		@NotBlank(message = "{editing.metric.unit.required}") @Size(max = 20, message = "{editing.size}") String unit,
		String approx, @NotBlank(message = "{editing.metric.category.required}") String category,
		@NotBlank(message = "{editing.metric.quote.required}") @Size(max = 500,
				message = "{editing.size}") String quote,
		Long version) implements MergeableForm<MetricForm> {

	MetricForm {
		approx = TextFields.trimToNull(approx);
		category = TextFields.trimToNull(category);
	}

	static MetricForm forArticle(Long articleId) {
		return new MetricForm(articleId, null, null, null, null, null, null, "count", null, null);
	}

	/**
	 * The conflict view's form: this editor's value where they changed a field since
	 * their base, the stored one ({@code theirs}) elsewhere, at the stored version.
	 */
	@Override
	public MetricForm resubmission(MetricForm theirs, ThreeWayMerge merge) {
		return new MetricForm(merge.pick("editing.metric.article", articleId, theirs.articleId),
				merge.pick("editing.metric.program", programId, theirs.programId),
				merge.pick("editing.metric.label", label, theirs.label),
				merge.pick("editing.metric.value", value, theirs.value),
				merge.pick("editing.metric.valueMax", valueMax, theirs.valueMax),
				merge.pick("editing.metric.unit", unit, theirs.unit),
				merge.pick("editing.metric.approx", approx, theirs.approx),
				merge.pick("editing.metric.category", category, theirs.category),
				merge.pick("editing.metric.quote", quote, theirs.quote), theirs.version);
	}

	/**
	 * The fields as the conflict view compares them, by label key, normalised as they
	 * would be saved.
	 */
	@Override
	public Map<String, String> fields() {
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
