package org.civicatlas.metric.admin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of a figure beyond its fields' own constraints; a broken rule is a field
 * error.
 */
@Component
class MetricRules {

	private final JdbcClient jdbc;

	MetricRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void check(MetricForm form, Errors errors) {
		if (form.approx() != null && !MetricKeys.APPROX.contains(form.approx())) {
			errors.rejectValue("approx", "metric.unknownApprox");
		}
		if (form.category() != null && !MetricKeys.CATEGORIES.contains(form.category())) {
			errors.rejectValue("category", "metric.unknownCategory");
		}
		if (form.valueMax() != null && form.value() == null) {
			errors.rejectValue("valueMax", "metric.maxWithoutValue");
		}
		else if (form.valueMax() != null && form.valueMax().compareTo(form.value()) < 0) {
			errors.rejectValue("valueMax", "metric.maxBelowValue");
		}
		boolean[] known = jdbc.sql("""
				select exists (select 1 from article where id = :article),
				       exists (select 1 from program where id = :program and merged_into is null)""")
			.param("article", form.articleId() == null ? -1 : form.articleId())
			.param("program", form.programId() == null ? -1 : form.programId())
			.query((rs, n) -> new boolean[] { rs.getBoolean(1), rs.getBoolean(2) })
			.single();
		if (form.articleId() != null && !known[0]) {
			errors.rejectValue("articleId", "metric.unknownArticle");
		}
		if (form.programId() != null && !known[1]) {
			errors.rejectValue("programId", "metric.unknownProgram");
		}
	}

}
