package org.civicatlas.article.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civicatlas.editing.MergeableForm;
import org.civicatlas.editing.TextFields;
import org.civicatlas.editing.ThreeWayMerge;
import org.civicatlas.system.IssueDate;
import org.civicatlas.system.Publication;

/**
 * Where and when a source page was printed, as an editor types it: every part optional,
 * the issue date as {@code 2023-11-05}, {@code 2023-11} or {@code 2023} (checked by
 * {@link #issueDateValid()}).
 */
record PublicationForm(@Size(max = 100, message = "{editing.size}") String newspaper,
		@Size(max = 10, message = "{editing.size}") String issueDate,
		@Size(max = 20, message = "{editing.size}") String page,
		@NotNull(message = "{editing.version.required}") Long version) implements MergeableForm<PublicationForm> {

	PublicationForm {
		newspaper = TextFields.trimToNull(newspaper);
		issueDate = TextFields.trimToNull(issueDate);
		page = TextFields.trimToNull(page);
	}

	static PublicationForm of(Publication publication, long version) {
		return new PublicationForm(publication.newspaper(),
				publication.date() == null ? null : publication.date().iso(), publication.page(), version);
	}

	boolean issueDateValid() {
		return issueDate == null || IssueDate.parse(issueDate).isPresent();
	}

	Publication publication() {
		Optional<IssueDate> date = issueDate == null ? Optional.empty() : IssueDate.parse(issueDate);
		return new Publication(newspaper, date.orElse(null), page);
	}

	/**
	 * The conflict view's form: this editor's value where they changed a field since
	 * their base, the stored one ({@code theirs}) elsewhere, at the stored version.
	 */
	@Override
	public PublicationForm resubmission(PublicationForm theirs, ThreeWayMerge merge) {
		return new PublicationForm(merge.pick("editing.publication.newspaper", newspaper, theirs.newspaper),
				merge.pick("editing.publication.issueDate", issueDate, theirs.issueDate),
				merge.pick("editing.publication.page", page, theirs.page), theirs.version);
	}

	/** The fields as the conflict view compares them, by label key. */
	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("editing.publication.newspaper", newspaper);
		fields.put("editing.publication.issueDate", issueDate);
		fields.put("editing.publication.page", page);
		return fields;
	}

}
