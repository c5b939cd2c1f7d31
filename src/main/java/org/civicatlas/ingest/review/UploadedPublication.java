package org.civicatlas.ingest.review;

import java.util.Optional;

import org.civicatlas.editing.TextFields;
import org.civicatlas.system.IssueDate;
import org.civicatlas.system.Publication;

/**
 * The publication data typed beside an upload: each part optional, each checked as the
 * page form checks it.
 */
final class UploadedPublication {

	private static final int MAX_NEWSPAPER = 100;

	private static final int MAX_PAGE = 20;

	private UploadedPublication() {
	}

	/**
	 * Empty when a part is too long or the date is not {@code 2023-11-05},
	 * {@code 2023-11} or {@code 2023}.
	 */
	static Optional<Publication> of(String newspaper, String issueDate, String page) {
		String paper = TextFields.trimToNull(newspaper);
		String day = TextFields.trimToNull(issueDate);
		String number = TextFields.trimToNull(page);
		Optional<IssueDate> date = day == null ? Optional.empty() : IssueDate.parse(day);
		if (paper != null && paper.length() > MAX_NEWSPAPER || number != null && number.length() > MAX_PAGE
				|| day != null && date.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Publication(paper, date.orElse(null), number));
	}

}
