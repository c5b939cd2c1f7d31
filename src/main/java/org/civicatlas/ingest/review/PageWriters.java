package org.civicatlas.ingest.review;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.civicatlas.ingest.PageWriter;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * Runs a {@link PageWriter} on the connection of the current transaction, so that what it
 * writes commits or rolls back with the rest; its SQL errors become Spring's data-access
 * exceptions.
 */
final class PageWriters {

	@FunctionalInterface
	interface WriterCall {

		void run(PageWriter writer) throws SQLException;

	}

	private PageWriters() {
	}

	static void with(DataSource dataSource, String task, WriterCall call) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			call.run(new PageWriter(connection));
		}
		catch (SQLException ex) {
			throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate(task, null, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
