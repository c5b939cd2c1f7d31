package org.civicatlas.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL cluster in a data directory of our own. Wraps zonky's {@link EmbeddedPostgres}
 * and adds what a long-lived portal needs on top of a test fixture: recovery from a server left
 * running by a JVM that was killed, and a clean stop.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	static EmbeddedPostgresServer start(Path dataDirectory, boolean temporary) throws IOException {
		Files.createDirectories(dataDirectory);
		stopOrphanedServer(dataDirectory);
		long started = System.nanoTime();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(temporary)
			.setServerConfig("unix_socket_directories", "")
			// zonky starts a test fixture: -F (fsync off) and synchronous_commit=off, so a crash of the
			// postmaster loses commits already acknowledged. A portal's data must survive that.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			.start();
		log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(),
				dataDirectory, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		return new EmbeddedPostgresServer(postgres, dataDirectory);
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl(USER, "postgres");
	}

	/** A new connection of the server's superuser, for tools and tests outside the connection pool. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl());
	}

	public int port() {
		return postgres.getPort();
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	@Override
	public void close() throws IOException {
		postgres.close();
		log.info("Embedded PostgreSQL stopped");
	}

	/**
	 * When the JVM that started the server was killed, its postmaster lives on and holds the data
	 * directory: the next start would fail on {@code postmaster.pid}. Stop that postmaster first;
	 * a pid file whose process is gone is simply stale and removed.
	 */
	static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		Optional<Long> pid = readPid(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(EmbeddedPostgresServer::isPostmaster);
		if (process.isEmpty()) {
			log.warn("Removing stale {} (process {} is gone)", pidFile, pid.get());
			Files.deleteIfExists(pidFile);
			return;
		}
		log.warn("Stopping PostgreSQL {} left running on {} by an earlier run", pid.get(), dataDirectory);
		ProcessHandle postmaster = process.get();
		postmaster.destroy(); // SIGTERM: a smart shutdown, quick because its clients died with the JVM
		try {
			postmaster.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			postmaster.destroyForcibly();
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<Long> readPid(Path pidFile) {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			throw new UncheckedIOException(new IOException("Unreadable " + pidFile + "; remove it if no PostgreSQL runs on it", ex));
		}
	}

	// The pid may have been reused by an unrelated process after a reboot; only a postgres is ours.
	private static boolean isPostmaster(ProcessHandle process) {
		return process.isAlive() && process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
	}

}
