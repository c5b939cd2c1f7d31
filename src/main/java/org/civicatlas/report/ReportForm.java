package org.civicatlas.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civicatlas.editing.TextFields;

/**
 * A reader's report: what is wrong (a category), in their words, and how to reach them if
 * they like. The target (kind and id) comes from the address, not from the form.
 */
record ReportForm(@NotNull(message = "{report.category.required}") Category category,
		@NotBlank(message = "{report.message.required}") @Size(max = 1_000, message = "{editing.size}") String message,
		@Size(max = 200, message = "{editing.size}") String contact) {

	/** What kind of problem; the names are stored. */
	enum Category {

		FACT, FIGURE, PLACE, TYPE, TEXT, OTHER

	}

	ReportForm {
		message = message == null ? null : message.strip();
		contact = TextFields.trimToNull(contact);
	}

	static ReportForm empty() {
		return new ReportForm(null, null, null);
	}

}
