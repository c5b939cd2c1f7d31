package org.civicatlas.ingest;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pipeline an import runs: places recognised from the gazetteer in the database (with
 * the editors' aliases and English names), not from the bundled files. Building it costs
 * about a second, so it is kept and rebuilt only when an editor has changed a place
 * since.
 */
@Component
public class CurrentPipeline {

	private record Built(String fingerprint, IngestPipeline pipeline) {
	}

	private final JdbcClient jdbc;

	private final List<String> corpus = IngestPipeline.seedCorpus();

	private volatile Built built;

	CurrentPipeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public IngestPipeline get() {
		String fingerprint = DatabaseGazetteer.fingerprint(jdbc);
		Built current = built;
		if (current == null || !current.fingerprint().equals(fingerprint)) {
			synchronized (this) {
				current = built;
				if (current == null || !current.fingerprint().equals(fingerprint)) {
					current = new Built(fingerprint, over(jdbc, corpus));
					built = current;
				}
			}
		}
		return current.pipeline();
	}

	/**
	 * A pipeline over the places of the database {@code jdbc} reads, e.g. through
	 * Flyway's connection.
	 */
	static IngestPipeline over(JdbcClient jdbc) {
		return over(jdbc, IngestPipeline.seedCorpus());
	}

	private static IngestPipeline over(JdbcClient jdbc, List<String> corpus) {
		return new IngestPipeline(DatabaseGazetteer.read(jdbc), corpus);
	}

}
