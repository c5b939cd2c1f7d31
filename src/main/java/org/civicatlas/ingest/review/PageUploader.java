package org.civicatlas.ingest.review;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.civicatlas.ingest.CurrentPipeline;
import org.civicatlas.ingest.ImportRecords;
import org.civicatlas.ingest.IngestException;
import org.civicatlas.ingest.LinePlaces;
import org.civicatlas.ingest.PageModel;
import org.civicatlas.ingest.PageWriter;
import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.system.Publication;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an uploaded page for review: the pipeline reads it (and refuses an empty,
 * binary, wrongly encoded or headline-less file before anything is written), then the
 * writer stores the page and its drafts through the transaction's own connection, so that
 * the page is stored completely or not at all, with the place of each of its lines
 * ({@link LinePlaces}).
 *
 * <p>
 * Uploads at the same moment: the writer changes no row that another upload may change
 * except aliases of draft programs, in the order of their ids, so they cannot deadlock on
 * each other; a transaction PostgreSQL still chooses as a deadlock victim (or that waits
 * too long for a lock) is run again, the pipeline's result kept, up to {@link #ATTEMPTS}
 * times.
 */
@Service
class PageUploader {

	static final int ATTEMPTS = 3;

	/**
	 * Uploads that write at the same time. A page's transaction holds a pooled connection
	 * while it writes hundreds of rows; twenty at once took every connection of the pool,
	 * and readers and the other uploads then waited past the pool's timeout (503). The
	 * others wait here, holding no connection, in the order they came.
	 */
	static final int WRITERS = 2;

	private static final Duration WRITER_WAIT = Duration.ofSeconds(60);

	private final Semaphore writers = new Semaphore(WRITERS, true);

	private final CurrentPipeline pipeline;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	PageUploader(CurrentPipeline pipeline, DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) {
		this.pipeline = pipeline;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * @param username the signed-in editor, recorded as the uploader when the portal
	 * knows the name
	 * @param publication where and when the page was printed, as far as the editor knows
	 * @return the new page's id
	 * @throws org.civicatlas.ingest.IngestException when the file is not a page that can
	 * be imported
	 * @throws DuplicatePageException when the same bytes were uploaded before
	 */
	long upload(String fileName, byte[] content, String username, Publication publication) {
		PageModel page = pipeline.get().ingest(fileName, content, Corrections.NONE);
		if (!acquireWriter()) {
			throw new IngestException("ingest.upload.busy", "too many uploads at once: " + fileName);
		}
		try {
			for (int attempt = 1;; attempt++) {
				try {
					return transactions.execute(status -> write(page, username, publication));
				}
				catch (PessimisticLockingFailureException ex) {
					if (attempt == ATTEMPTS) {
						throw ex;
					}
				}
			}
		}
		finally {
			writers.release();
		}
	}

	private boolean acquireWriter() {
		try {
			return writers.tryAcquire(WRITER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private long write(PageModel page, String username, Publication publication) {
		return PageWriters.with(dataSource, "upload " + page.fileName(), (writer, connection) -> {
			Optional<Long> existing = writer.existingPage(page.sha256());
			if (existing.isPresent()) {
				throw new DuplicatePageException(existing.get());
			}
			long id = writer.write(page, PageWriter.Mode.REVIEW, uploader(username));
			LinePlaces.write(connection, id, page);
			ImportRecords.imported(jdbc, id, null, page.sha256(), page);
			describe(id, publication);
			return id;
		});
	}

	private void describe(long pageId, Publication publication) {
		jdbc.sql("""
				update source_page set newspaper = :newspaper, issue_date = :date, issue_date_precision = :precision,
				       page_number = :page where id = :id""")
			.param("newspaper", publication.newspaper())
			.param("date", publication.date() == null ? null : publication.date().first())
			.param("precision", publication.date() == null ? null : publication.date().precision().name())
			.param("page", publication.page())
			.param("id", pageId)
			.update();
	}

	private Long uploader(String username) {
		return jdbc.sql("select id from app_user where username = :name")
			.param("name", username)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
