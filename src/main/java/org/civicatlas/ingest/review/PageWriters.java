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

	/** A call that also writes on the connection itself and answers a value. */
	@FunctionalInterface
	interface ConnectionCall<T> {

		T run(PageWriter writer, Connection connection) throws SQLException;

	}

	private PageWriters() {
	}

	static void with(DataSource dataSource, String task, WriterCall call) {
		with(dataSource, task, (writer, connection) -> {
			call.run(writer);
			return null;
		});
	}

	static <T> T with(DataSource dataSource, String task, ConnectionCall<T> call) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return call.run(new PageWriter(connection), connection);
		}
		catch (SQLException ex) {
			throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate(task, null, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
