package org.civicatlas.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Plain JDBC statements on the connection {@link PageWriter} was given: it runs inside a
 * Flyway migration (the seeds) as well as in Spring's transactions, so it cannot use
 * {@code JdbcClient}.
 */
final class Statements {

	private final Connection connection;

	Statements(Connection connection) {
		this.connection = connection;
	}

	Array array(List<String> values) throws SQLException {
		return connection.createArrayOf("text", values.toArray());
	}

	long insertReturningId(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	void update(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters)) {
			statement.executeUpdate();
		}
	}

	private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			if (parameters[i] == null) {
				statement.setNull(i + 1, Types.NULL);
			}
			else {
				statement.setObject(i + 1, parameters[i]);
			}
		}
		return statement;
	}

}
