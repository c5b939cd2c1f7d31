package org.civicatlas.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;

import org.springframework.core.io.ClassPathResource;

/**
 * A Flyway migration that loads reference data kept as CSV under {@code db/} (on the
 * classpath) with PostgreSQL's {@code COPY}, which parses CSV itself and loads tens of
 * thousands of rows in well under a second. The checksum covers the files, so Flyway
 * notices when they change after the migration ran.
 */
public abstract class CsvReferenceMigration implements JavaMigration {

	/**
	 * One CSV file into one table; the CSV has a header row and exactly these columns in
	 * order.
	 */
	public record Table(String name, String resource, List<String> columns) {
	}

	private final MigrationVersion version;

	private final String description;

	private final List<Table> tables;

	protected CsvReferenceMigration(String version, String description, List<Table> tables) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.tables = List.copyOf(tables);
	}

	@Override
	public MigrationVersion getVersion() {
		return version;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		for (Table table : tables) {
			try (InputStream in = new ClassPathResource(table.resource()).getInputStream()) {
				crc.update(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new IllegalStateException("Reference data " + table.resource() + " is missing", ex);
			}
		}
		return (int) crc.getValue();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		PGConnection connection = context.getConnection().unwrap(PGConnection.class);
		for (Table table : tables) {
			String sql = "COPY " + table.name() + " (" + String.join(", ", table.columns())
					+ ") FROM STDIN WITH (FORMAT csv, HEADER match)";
			try (Reader csv = new InputStreamReader(new ClassPathResource(table.resource()).getInputStream(),
					StandardCharsets.UTF_8)) {
				connection.getCopyAPI().copyIn(sql, csv);
			}
		}
	}

}
