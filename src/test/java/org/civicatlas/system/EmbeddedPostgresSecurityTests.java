package org.civicatlas.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, item 8: the embedded server let any local process in as superuser
 * ({@code trust}).
 */
class EmbeddedPostgresSecurityTests {

	@TempDir
	Path dataDir;

	@Test
	void everyConnectionNeedsThePasswordOfItsDataDirectoryAndOnlyLoopbackListens() throws Exception {
		String password;
		String url;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false)) {
			password = server.password();
			url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong"))
				.isInstanceOf(SQLException.class);
			try (Connection connection = server.connect()) {
				SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
				assertThat(JdbcClient.create(dataSource).sql("show listen_addresses").query(String.class).single())
					.isEqualTo("localhost");
			}
		}
		assertThat(password).hasSizeGreaterThanOrEqualTo(32);
		assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(ServerPassword.FILE))))
			.isEqualTo("rw-------");
		// a restart reads the same password back
		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, false)) {
			assertThat(again.password()).isEqualTo(password);
			try (Connection connection = again.connect()) {
				assertThat(connection.isValid(5)).isTrue();
			}
		}
	}

}
