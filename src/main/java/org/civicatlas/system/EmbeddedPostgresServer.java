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

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL cluster in a data directory of our own. Wraps zonky's
 * {@link EmbeddedPostgres} and adds what a long-lived portal needs on top of a test
 * fixture: durable commits, a password for every connection and no listening beyond
 * loopback, recovery from a server left running by a JVM that was killed, and a clean
 * stop.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	// replaced when the server is started again after its postmaster died
	private volatile EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private final boolean temporary;

	private final String password;

	private EmbeddedPostgresServer(Path dataDirectory, boolean temporary, String password) {
		this.dataDirectory = dataDirectory;
		this.temporary = temporary;
		this.password = password;
	}

	static EmbeddedPostgresServer start(Path dataDirectory, boolean temporary) throws IOException {
		Files.createDirectories(dataDirectory);
		stopOrphanedServer(dataDirectory);
		String password = ServerPassword.stored(dataDirectory).orElseGet(ServerPassword::generate);
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, temporary, password);
		server.launch(0);
		try (Connection connection = server.connect()) {
			ServerPassword.require(connection, dataDirectory, password);
		}
		catch (SQLException ex) {
			server.close();
			throw new IOException("Could not set the password of the embedded PostgreSQL in " + dataDirectory, ex);
		}
		return server;
	}

	/** Starts the postmaster; on {@code port}, or a free one for 0. */
	private void launch(int port) throws IOException {
		long started = System.nanoTime();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false) // a temporary directory is removed by close(),
											// not by a restart
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("listen_addresses", "localhost")
			.setConnectConfig("password", password)
			// zonky starts a test fixture: -F (fsync off) and synchronous_commit=off, so
			// a crash of the
			// postmaster loses commits already acknowledged. A portal's data must survive
			// that.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8");
		postgres = (port == 0 ? builder : builder.setPort(port)).start();
		log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), dataDirectory,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	/**
	 * Starts the server again, on the same port so that pooled connections find it, when
	 * its postmaster died (killed, out of memory): PostgreSQL's crash recovery replays
	 * the write-ahead log, so every acknowledged commit is back. Returns whether it did.
	 */
	synchronized boolean restartIfDead() throws IOException {
		if (postmasterAlive()) {
			return false;
		}
		int port = postgres.getPort();
		log.error("Embedded PostgreSQL on port {} died; starting it again with crash recovery", port);
		postgres.close(); // releases the data directory's lock; stopping the dead server
							// fails harmlessly
		stopOrphanedServer(dataDirectory);
		launch(port);
		return true;
	}

	private boolean postmasterAlive() {
		return readPid(dataDirectory.resolve("postmaster.pid")).flatMap(ProcessHandle::of)
			.map(ProcessHandle::isAlive)
			.orElse(false);
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl(USER, "postgres");
	}

	/**
	 * A new connection of the server's superuser, for tools and tests outside the
	 * connection pool.
	 */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), USER, password);
	}

	/**
	 * The superuser's password, stored owner-only in the data directory
	 * ({@link ServerPassword}).
	 */
	public String password() {
		return password;
	}

	public int port() {
		return postgres.getPort();
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	@Override
	public synchronized void close() throws IOException {
		postgres.close();
		log.info("Embedded PostgreSQL stopped");
		if (temporary) {
			FileSystemUtils.deleteRecursively(dataDirectory);
		}
	}

	/**
	 * When the JVM that started the server was killed, its postmaster lives on and holds
	 * the data directory: the next start would fail on {@code postmaster.pid}. Stop that
	 * postmaster first; a pid file whose process is gone is simply stale and removed.
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
		postmaster.destroy(); // SIGTERM: a smart shutdown, quick because its clients died
								// with the JVM
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
			throw new UncheckedIOException(
					new IOException("Unreadable " + pidFile + "; remove it if no PostgreSQL runs on it", ex));
		}
	}

	// The pid may have been reused by an unrelated process after a reboot; only a
	// postgres is ours.
	private static boolean isPostmaster(ProcessHandle process) {
		return process.isAlive() && process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
	}

}
