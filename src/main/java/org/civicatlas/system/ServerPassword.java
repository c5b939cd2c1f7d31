package org.civicatlas.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The embedded server's superuser password: random, one per data directory, kept in that
 * directory readable by its owner only. The library initialises a cluster with
 * {@code trust} for every local connection, so that any process on the machine could
 * connect as superuser; once the password is set, {@code pg_hba.conf} asks every
 * connection for it ({@code scram-sha-256}).
 */
final class ServerPassword {

	static final String FILE = "atlas-password";

	private static final String HBA = """
			# written by Civic Atlas (ServerPassword): every connection gives the password, none from afar
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private ServerPassword() {
	}

	/** The password stored for this data directory, if it has one yet. */
	static Optional<String> stored(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(FILE);
		return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
				: Optional.empty();
	}

	/** A new random password for a cluster that has none yet. */
	static String generate() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Gives the superuser this password (over a connection still allowed by {@code trust}
	 * the first time), stores it owner-only and makes the server require it from now on.
	 */
	static void require(Connection superuser, Path dataDirectory, String password) throws IOException, SQLException {
		try (Statement sql = superuser.createStatement()) {
			sql.execute("alter role " + EmbeddedPostgresServer.USER + " password '" + password + "'");
			Path file = dataDirectory.resolve(FILE);
			if (!Files.exists(file)) {
				Files.writeString(file, password, StandardCharsets.UTF_8);
			}
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
			sql.execute("select pg_reload_conf()");
		}
	}

}
