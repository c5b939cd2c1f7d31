package org.civicatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Official names by code, from the gazetteer CSVs, to compare the pipeline's codes with
 * annotated names.
 */
public final class PlaceNames {

	private PlaceNames() {
	}

	public static Map<String, String> load() throws IOException {
		Map<String, String> names = new HashMap<>();
		for (String file : List.of("cities.csv", "districts.csv", "townships.csv")) {
			for (String line : Files.readAllLines(Path.of("db/gazetteer", file))) {
				String[] fields = line.split(",");
				names.put(fields[0], fields[1]);
			}
		}
		return names;
	}

}
