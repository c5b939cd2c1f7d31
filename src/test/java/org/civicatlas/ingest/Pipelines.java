package org.civicatlas.ingest;

/**
 * One pipeline for all tests of a JVM: building it loads the gazetteer and the seed
 * corpus.
 */
public final class Pipelines {

	private static IngestPipeline shared;

	private Pipelines() {
	}

	public static synchronized IngestPipeline shared() {
		if (shared == null) {
			shared = new IngestPipeline();
		}
		return shared;
	}

}
