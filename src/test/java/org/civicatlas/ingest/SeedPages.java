package org.civicatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.ingest.text.CorrectionsParser;

/**
 * The seed pages and their corrections, read from the project's {@code seeds/} folder.
 */
public final class SeedPages {

	public static final Path SEEDS = Path.of("seeds");

	private SeedPages() {
	}

	public static List<String> files() {
		try (Stream<Path> files = Files.list(SEEDS)) {
			return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] bytes(String file) {
		try {
			return Files.readAllBytes(SEEDS.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Corrections corrections(String file) {
		Path path = SEEDS.resolve("corrections").resolve(file);
		try {
			return Files.exists(path)
					? CorrectionsParser.parse(Files.readString(path), new String(bytes(file), StandardCharsets.UTF_8))
					: Corrections.NONE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static PageModel ingest(IngestPipeline pipeline, String file) {
		return pipeline.ingest(file, bytes(file), corrections(file));
	}

}
