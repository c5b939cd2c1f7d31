package org.civicatlas.ingest;

import java.sql.SQLException;
import java.util.Optional;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * After every migration run at start-up, compares each seed page with the record of its
 * import ({@code page_import}): a seed whose file, correction or pipeline changed since
 * is read again, and offered to the editors for re-import when that would change anything
 * (never written over silently); a new seed file is imported, with the places of its
 * lines ({@link LinePlaces}, as V30 gave them to the seeds V4 wrote). Runs through
 * Flyway's connection, before JPA is up.
 */
@Component
class SeedRefresh implements Callback {

	private static final Logger log = LoggerFactory.getLogger(SeedRefresh.class);

	private record Record(long pageId, String contentHash, String pipelineVersion, String offeredHash,
			String offeredPipeline) {

		boolean covers(String hash, String version) {
			return (hash.equals(contentHash) && version.equals(pipelineVersion))
					|| (hash.equals(offeredHash) && version.equals(offeredPipeline));
		}

	}

	private final SeedFiles seeds;

	private final SeedMigration migration;

	SeedRefresh(SeedFiles seeds, SeedMigration migration) {
		this.seeds = seeds;
		this.migration = migration;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
		for (SeedMigration.Written written : migration.takeWritten()) {
			ImportRecords.imported(jdbc, written.pageId(), written.seed().fileName(), written.seed().contentHash(),
					written.page());
		}
		IngestPipeline pipeline = null;
		String version = PipelineVersion.current();
		for (SeedFiles.Seed seed : seeds.all()) {
			Optional<Record> record = record(jdbc, seed.fileName());
			if (record.isPresent() && record.get().covers(seed.contentHash(), version)) {
				continue;
			}
			pipeline = pipeline != null ? pipeline : CurrentPipeline.over(jdbc);
			if (record.isPresent() || adopt(jdbc, seed)) {
				compare(jdbc, pipeline, seed);
			}
			else {
				write(context, jdbc, pipeline, seed);
			}
		}
	}

	private void compare(JdbcClient jdbc, IngestPipeline pipeline, SeedFiles.Seed seed) {
		long pageId = record(jdbc, seed.fileName()).orElseThrow().pageId();
		PageDiff diff = PageComparison.compare(jdbc, pipeline, seeds, pageId);
		if (diff.isEmpty()) {
			ImportRecords.current(jdbc, diff);
		}
		else {
			ImportRecords.offer(jdbc, diff);
			log.info("Seed {} changed: offered for re-import at /admin/pages/{}/reimport", seed.fileName(), pageId);
		}
	}

	/**
	 * A seed page stored before imports were recorded: it gets a record whose origin is
	 * unknown.
	 */
	private static boolean adopt(JdbcClient jdbc, SeedFiles.Seed seed) {
		Optional<Long> page = jdbc.sql("""
				select id from source_page where file_name = :name and status = 'SEED'
				   and not exists (select 1 from page_import i where i.source_page_id = source_page.id)
				 order by id limit 1""").param("name", seed.fileName()).query(Long.class).optional();
		page.ifPresent(id -> ImportRecords.unknown(jdbc, id, seed.fileName()));
		return page.isPresent();
	}

	private static void write(Context context, JdbcClient jdbc, IngestPipeline pipeline, SeedFiles.Seed seed) {
		PageModel page = pipeline.ingest(seed.fileName(), seed.content(), seed.parsedCorrections());
		try {
			long id = new PageWriter(context.getConnection()).write(page, PageWriter.Mode.SEED, null);
			LinePlaces.write(context.getConnection(), id, page);
			ImportRecords.imported(jdbc, id, seed.fileName(), seed.contentHash(), page);
			log.info("Imported the new seed {}", seed.fileName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot import the seed " + seed.fileName(), ex);
		}
	}

	private static Optional<Record> record(JdbcClient jdbc, String seedFile) {
		return jdbc.sql("""
				select source_page_id, content_hash, pipeline_version, offered_hash, offered_pipeline
				  from page_import where seed_file = :seed""")
			.param("seed", seedFile)
			.query((rs, n) -> new Record(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	@Override
	public String getCallbackName() {
		return "seed refresh";
	}

}
