package org.civicatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The version of the pipeline, as a hash of what decides its output: the compiled classes
 * of its stages and the word lists and taxonomy they read. Any change of them (an
 * improvement on another branch) gives a new version, so that pages read by an older one
 * can be offered for re-import; nobody has to remember to raise a number.
 */
public final class PipelineVersion {

	private static final List<String> PARTS = List.of("org/civicatlas/ingest/IngestPipeline.class",
			"org/civicatlas/ingest/text/**/*.class", "org/civicatlas/ingest/place/**/*.class",
			"org/civicatlas/ingest/program/**/*.class", "org/civicatlas/ingest/metric/**/*.class", "ingest/**/*.txt",
			"db/reference/program-subtypes.csv");

	private static final String CURRENT = compute();

	private PipelineVersion() {
	}

	/** 16 hex digits. */
	public static String current() {
		return CURRENT;
	}

	private static String compute() {
		MessageDigest digest = sha256();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			for (String part : PARTS) {
				Resource[] found = resolver.getResources("classpath*:" + part);
				Arrays.sort(found, Comparator.comparing(PipelineVersion::path));
				for (Resource resource : found) {
					digest.update(path(resource).getBytes(StandardCharsets.UTF_8));
					try (InputStream in = resource.getInputStream()) {
						digest.update(in.readAllBytes());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the pipeline's classes", ex);
		}
		return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
	}

	// the same whether the classes are files (in development) or entries of the jar
	private static String path(Resource resource) {
		try {
			String url = resource.getURL().toString();
			int start = url.indexOf("org/civicatlas/");
			return start >= 0 ? url.substring(start) : url.substring(url.lastIndexOf('/') + 1);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot locate " + resource, ex);
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
