package org.civicatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.civicatlas.system.EditableEntity;

/** A newspaper page as it came: the seeds, or a page an editor uploaded. Its text never changes. */
@Entity
@Table(name = "source_page")
public class SourcePage extends EditableEntity {

	/** Seeds are public at once; uploads wait in review until an editor publishes or rejects them. */
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

	/** An uploaded page leaves review either way: published with its accepted articles, or rejected. */
	public void conclude(Status decision) {
		if (status != Status.REVIEW || (decision != Status.PUBLISHED && decision != Status.REJECTED)) {
			throw new IllegalStateException("Page " + id + " in " + status + " cannot become " + decision);
		}
		this.status = decision;
	}

}
