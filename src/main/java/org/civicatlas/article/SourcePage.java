package org.civicatlas.article;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.civicatlas.system.EditableEntity;
import org.civicatlas.system.IssueDate;
import org.civicatlas.system.Publication;

/**
 * A newspaper page as it came: the seeds, or a page an editor uploaded. Its text never
 * changes.
 */
@Entity
@Table(name = "source_page")
public class SourcePage extends EditableEntity {

	/**
	 * Seeds are public at once; uploads wait in review until an editor publishes or
	 * rejects them.
	 */
	public enum Status {

		SEED, REVIEW, PUBLISHED, REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "file_name", nullable = false, updatable = false, length = 200)
	private String fileName;

	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Column(name = "raw_text", nullable = false, updatable = false)
	private String rawText;

	@Column(name = "line_count", nullable = false, updatable = false)
	private int lineCount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Status status;

	@Column(name = "uploaded_by", updatable = false)
	private Long uploadedBy;

	@Column(length = 100)
	private String newspaper;

	@Column(name = "issue_date")
	private LocalDate issueDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "issue_date_precision", length = 5)
	private IssueDate.Precision issueDatePrecision;

	@Column(name = "page_number", length = 20)
	private String pageNumber;

	protected SourcePage() {
	}

	public Long getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	public String getSha256() {
		return sha256;
	}

	public String getRawText() {
		return rawText;
	}

	public int getLineCount() {
		return lineCount;
	}

	public Status getStatus() {
		return status;
	}

	public Long getUploadedBy() {
		return uploadedBy;
	}

	public Publication getPublication() {
		return new Publication(newspaper, issueDate == null ? null : new IssueDate(issueDate, issueDatePrecision),
				pageNumber);
	}

	/**
	 * Where and when the page was printed, as an editor states it; unknown parts stay
	 * null.
	 */
	public void describe(Publication publication) {
		this.newspaper = publication.newspaper();
		this.issueDate = publication.date() == null ? null : publication.date().first();
		this.issueDatePrecision = publication.date() == null ? null : publication.date().precision();
		this.pageNumber = publication.page();
	}

	/**
	 * An uploaded page leaves review either way: published with its accepted articles, or
	 * rejected.
	 */
	public void conclude(Status decision) {
		if (status != Status.REVIEW || (decision != Status.PUBLISHED && decision != Status.REJECTED)) {
			throw new IllegalStateException("Page " + id + " in " + status + " cannot become " + decision);
		}
		this.status = decision;
	}

}
