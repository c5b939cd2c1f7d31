package org.civicatlas.ingest;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Seeds a new database from the newspaper pages of {@link SeedFiles}, once, with the
 * editorial corrections beside them, through Flyway's connection and in its transaction
 * (V6 then records what it wrote as the history's first revision). Places are recognised
 * from the gazetteer V2 loaded into the database.
 *
 * <p>
 * What happens to the seeds afterwards is {@link SeedRefresh}'s job: this migration's
 * checksum no longer covers the seeds ({@link SeedChecksum}), so a changed seed or
 * pipeline never stops a database from starting.
 */
@Component
class SeedMigration implements JavaMigration {

	/**
	 * Fixed: the seeds' own record ({@code page_import}) says what was imported from
	 * what.
	 */
	static final int CHECKSUM = 35;

	private static final Logger log = LoggerFactory.getLogger(SeedMigration.class);

	/**
	 * A seed page this migration wrote in this run, for {@link SeedRefresh} to record.
	 */
	record Written(long pageId, SeedFiles.Seed seed, PageModel page) {
	}

	private final SeedFiles seeds;

	private final List<Written> written = new ArrayList<>();

	SeedMigration(SeedFiles seeds) {
		this.seeds = seeds;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("4");
	}

	@Override
	public String getDescription() {
		return "seed pages";
	}

	@Override
	public Integer getChecksum() {
		return CHECKSUM;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		long started = System.nanoTime();
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
		IngestPipeline pipeline = CurrentPipeline.over(jdbc);
		PageWriter writer = new PageWriter(context.getConnection());
		int articles = 0;
		for (SeedFiles.Seed seed : seeds.all()) {
			PageModel page = pipeline.ingest(seed.fileName(), seed.content(), seed.parsedCorrections());
			written.add(new Written(writer.write(page, PageWriter.Mode.SEED, null), seed, page));
			articles += page.articles().size();
		}
		log.info("Seeded {} articles in {} ms", articles, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * What this migration wrote since it last was asked (nothing unless the database was
	 * new).
	 */
	List<Written> takeWritten() {
		List<Written> taken = List.copyOf(written);
		written.clear();
		return taken;
	}

}
