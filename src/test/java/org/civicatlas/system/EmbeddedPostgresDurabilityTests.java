package org.civicatlas.system;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server writes every acknowledged commit to disk (zonky's test defaults do
 * not).
 */
class EmbeddedPostgresDurabilityTests {

	@TempDir
	Path dataDir;

	@Test
	void commitsAreFlushedBeforeTheyAreAcknowledged() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false)) {
			SingleConnectionDataSource dataSource = new SingleConnectionDataSource(server.connect(), true);
			try {
				JdbcClient jdbc = JdbcClient.create(dataSource);
				assertThat(show(jdbc, "fsync")).isEqualTo("on");
				assertThat(show(jdbc, "synchronous_commit")).isEqualTo("on");
				assertThat(show(jdbc, "full_page_writes")).isEqualTo("on");
			}
			finally {
				dataSource.destroy();
			}
		}
	}

	private static String show(JdbcClient jdbc, String setting) {
		return jdbc.sql("show " + setting).query(String.class).single();
	}

}
