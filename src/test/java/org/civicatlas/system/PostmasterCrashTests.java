package org.civicatlas.system;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash of the server loses no commit it acknowledged: a loop of edits runs while the
 * postmaster and its processes are killed with SIGKILL, and after a restart (crash
 * recovery) every edit that was answered with success is there.
 */
class PostmasterCrashTests {

	private static final int KILL_AFTER = 100;

	// bounds the loop if the kill never lands
	private static final int MAX_EDITS = 20_000;

	@TempDir
	Path dataDir;

	@Test
	void everyAcknowledgedEditSurvivesAKillOfThePostmaster() throws Exception {
		List<Integer> acknowledged = new ArrayList<>();
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false);
		CountDownLatch enoughEdits = new CountDownLatch(KILL_AFTER);
		CompletableFuture<Void> crash = CompletableFuture.runAsync(() -> {
			try {
				enoughEdits.await();
				Postmasters.kill(dataDir);
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		try (Connection connection = server.connect()) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("create table edit (id int primary key, body text not null)");
				ddl.execute("checkpoint"); // the table is on disk whatever the settings:
											// only the edits are at stake
			}
			try (PreparedStatement edit = connection.prepareStatement("insert into edit values (?, ?)")) {
				for (int id = 1; id <= MAX_EDITS; id++) {
					edit.setInt(1, id);
					edit.setString(2, "edit " + id);
					edit.executeUpdate(); // autocommit: returning is the acknowledgement
					acknowledged.add(id);
					enoughEdits.countDown();
				}
			}
		}
		catch (SQLException crashed) {
			// the server went away mid-loop, as intended
		}
		crash.join();
		server.close(); // releases the data directory's lock; the stop itself finds no
						// server
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER).hasSizeLessThan(MAX_EDITS);

		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataDir, false)) {
			SingleConnectionDataSource dataSource = new SingleConnectionDataSource(restarted.connect(), true);
			List<Integer> stored = JdbcClient.create(dataSource)
				.sql("select id from edit order by id")
				.query(Integer.class)
				.list();
			List<Integer> lost = acknowledged.stream().filter(id -> !stored.contains(id)).toList();
			System.out.printf("postmaster kill: %d edits acknowledged, %d lost%n", acknowledged.size(), lost.size());
			assertThat(lost).isEmpty();
			dataSource.destroy();
		}
	}

}
