package org.civicatlas.ingest.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.civicatlas.ingest.IngestPipeline;
import org.civicatlas.ingest.LinePlaces;
import org.civicatlas.ingest.PageModel;
import org.civicatlas.ingest.PageWriter;
import org.civicatlas.ingest.text.Corrections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an uploaded page for review: the pipeline reads it (and refuses an empty, binary,
 * wrongly encoded or headline-less file before anything is written), then the writer stores the
 * page and its drafts through the transaction's own connection, so that the page is stored
 * completely or not at all, with the place of each of its lines ({@link LinePlaces}).
 */
@Service
class PageUploader {

	private final IngestPipeline pipeline;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	PageUploader(IngestPipeline pipeline, DataSource dataSource, JdbcClient jdbc) {
		this.pipeline = pipeline;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * @param username the signed-in editor, recorded as the uploader when the portal knows the name
	 * @return the new page's id
	 * @throws org.civicatlas.ingest.IngestException when the file is not a page that can be imported
	 * @throws DuplicatePageException when the same bytes were uploaded before
	 */
	@Transactional
	long upload(String fileName, byte[] content, String username) {
		PageModel page = pipeline.ingest(fileName, content, Corrections.NONE);
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			PageWriter writer = new PageWriter(connection);
			Optional<Long> existing = writer.existingPage(page.sha256());
			if (existing.isPresent()) {
				throw new DuplicatePageException(existing.get());
			}
			long pageId = writer.write(page, PageWriter.Mode.REVIEW, uploader(username));
			List<Long> articleIds = jdbc.sql("select id from article where source_page_id = :page order by position")
				.param("page", pageId)
				.query(Long.class)
				.list();
			LinePlaces.write(connection, pageId, LinePlaces.of(page, articleIds));
			return pageId;
		}
		catch (SQLException ex) {
			throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("upload " + fileName, null, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private Long uploader(String username) {
		return jdbc.sql("select id from app_user where username = :name")
			.param("name", username)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
