package org.civicatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.ingest.text.CorrectionsParser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The seed pages and their editorial corrections, from {@code atlas.seeds}
 * ({@code seeds/} on the classpath unless set, e.g. {@code file:/srv/atlas/seeds/} to
 * import changed seeds without a build).
 */
@Component
public class SeedFiles {

	/** One seed page with the correction file beside it, if any. */
	public record Seed(String fileName, byte[] content, Optional<String> corrections) {

		public Corrections parsedCorrections() {
			return corrections.map(text -> CorrectionsParser.parse(text, new String(content, StandardCharsets.UTF_8)))
				.orElse(Corrections.NONE);
		}

		/** Covers the page and its correction: either changed means the seed changed. */
		public String contentHash() {
			MessageDigest digest = PipelineVersion.sha256();
			digest.update(content);
			corrections.ifPresent(text -> {
				digest.update((byte) 0);
				digest.update(text.getBytes(StandardCharsets.UTF_8));
			});
			return HexFormat.of().formatHex(digest.digest());
		}

	}

	private final String location;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	SeedFiles(@Value("${atlas.seeds:classpath*:seeds/}") String location) {
		this.location = location.endsWith("/") ? location : location + "/";
	}

	/** Every seed page, by file name. */
	public List<Seed> all() {
		try {
			return Arrays.stream(resolver.getResources(location + "*.txt"))
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(page -> new Seed(page.getFilename(), read(page), corrections(page.getFilename())))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the seeds in " + location, ex);
		}
	}

	public Optional<Seed> find(String fileName) {
		return all().stream().filter(seed -> seed.fileName().equals(fileName)).findFirst();
	}

	private Optional<String> corrections(String fileName) {
		String base = location.replace("classpath*:", "classpath:");
		Resource resource = resolver.getResource(base + "corrections/" + fileName);
		return resource.exists() ? Optional.of(new String(read(resource), StandardCharsets.UTF_8)) : Optional.empty();
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
