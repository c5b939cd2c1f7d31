package org.civicatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;

import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.ingest.text.CorrectionsParser;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Seeds the database from the newspaper pages in {@code seeds/}, once: Flyway records the
 * migration, so a restart never imports a page twice. Each page goes through the same pipeline as
 * an editor's upload, with the editorial corrections kept beside it in {@code seeds/corrections/},
 * and is written through Flyway's connection, in Flyway's transaction.
 */
@Component
class SeedMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(SeedMigration.class);

	private final IngestPipeline pipeline;

	SeedMigration(IngestPipeline pipeline) {
		this.pipeline = pipeline;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("4");
	}

	@Override
	public String getDescription() {
		return "seed pages";
	}

	/** Covers the pages and their corrections, so that a changed seed is noticed, not ignored. */
	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		for (Resource resource : resources("classpath*:seeds/**/*.txt")) {
			crc.update(relativePath(resource).getBytes(StandardCharsets.UTF_8));
			crc.update(read(resource));
		}
		return (int) crc.getValue();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		PageWriter writer = new PageWriter(context.getConnection());
		long started = System.nanoTime();
		int articles = 0;
		for (Resource seed : resources("classpath*:seeds/*.txt")) {
			byte[] content = read(seed);
			PageModel page = pipeline.ingest(seed.getFilename(), content, corrections(seed.getFilename(), content));
			writer.write(page, PageWriter.Mode.SEED, null);
			articles += page.articles().size();
		}
		log.info("Seeded {} articles in {} ms", articles, (System.nanoTime() - started) / 1_000_000);
	}

	private static Corrections corrections(String fileName, byte[] page) {
		Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:seeds/corrections/" + fileName);
		if (!resource.exists()) {
			return Corrections.NONE;
		}
		return CorrectionsParser.parse(new String(read(resource), StandardCharsets.UTF_8),
				new String(page, StandardCharsets.UTF_8));
	}

	private static List<Resource> resources(String pattern) {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
				.sorted(Comparator.comparing(SeedMigration::relativePath))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list " + pattern, ex);
		}
	}

	// the same whether the seeds are files (in development) or entries of the jar
	private static String relativePath(Resource resource) {
		try {
			String url = resource.getURL().toString();
			return url.substring(url.lastIndexOf("seeds/"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot locate " + resource, ex);
		}
	}

	private static byte[] read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}

}
