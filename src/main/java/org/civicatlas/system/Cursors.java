package org.civicatlas.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a download's rows from a database cursor and hands them on one by one, so a
 * download's memory does not grow with the corpus: PostgreSQL's driver fetches
 * {@value #FETCH_SIZE} rows at a time only inside a transaction (outside one it reads the
 * whole result first). One read-only transaction per download also gives it one
 * consistent snapshot.
 */
@Component
public class Cursors {

	static final int FETCH_SIZE = 500;

	/** Where the rows go, typically the response body. */
	public interface Sink<T> {

		void accept(T row) throws IOException;

	}

	/**
	 * Something that produces rows into a sink, such as a reader's {@code each} method.
	 */
	public interface Rows<T> {

		void into(Sink<T> sink) throws IOException;

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	Cursors(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public <T> void each(String sql, Map<String, ?> params, RowMapper<T> mapper, Sink<T> sink) throws IOException {
		try {
			readOnly.executeWithoutResult(
					status -> jdbc.sql(sql).params(params).withFetchSize(FETCH_SIZE).query((RowCallbackHandler) rs -> {
						try {
							sink.accept(mapper.mapRow(rs, rs.getRow()));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}));
		}
		catch (UncheckedIOException ex) {
			// the reader went away mid-download: the transaction is rolled back, nothing
			// more to do
			throw ex.getCause();
		}
	}

}
