package org.civicatlas.ingest.program;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Programs of the province or the nation (浙里办, 枫桥经验, 领雁工程 …), from the reference list
 * {@code ingest/brands.csv}, where each entry says why it is one. An article names them
 * for the local work done under them; they are never made local programs. A name matches
 * when it is a brand, or a brand with a program word after it (“枫桥经验”品牌).
 */
final class Brands {

	private static final String RESOURCE = "/ingest/brands.csv";

	private final Set<String> names;

	private Brands(Set<String> names) {
		this.names = Set.copyOf(names);
	}

	static Brands load() {
		Set<String> names = new HashSet<>();
		try (InputStream in = Brands.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					names.add(line.substring(0, line.indexOf(',')).strip());
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + RESOURCE, ex);
		}
		return new Brands(names);
	}

	boolean isBrand(String name) {
		if (names.contains(name)) {
			return true;
		}
		String head = NameWords.head(name);
		return head != null && names.contains(name.substring(0, name.length() - head.length()));
	}

}
