package org.civicatlas.portal.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Where each district's tile sits on the schematic map:
 * {@code db/reference/district-tiles.csv}, one row per district (code, column, row), laid
 * out by hand so that each city's tiles touch and the cities lie roughly where they are
 * (Hangzhou north-west, Ningbo and Zhoushan east, Wenzhou and Lishui south). It is data,
 * not drawing code, so that a new district needs a row, not a release of the map code.
 */
@Component
class TileLayout {

	static final String RESOURCE = "db/reference/district-tiles.csv";

	/** A district's cell: columns grow eastwards, rows southwards. */
	record Tile(String code, int col, int row) {
	}

	private final List<Tile> tiles;

	TileLayout() {
		this.tiles = read();
	}

	List<Tile> tiles() {
		return tiles;
	}

	private static List<Tile> read() {
		try (InputStream in = TileLayout.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the classpath");
			}
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
			List<Tile> tiles = new ArrayList<>();
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				tiles.add(new Tile(record.get("code"), Integer.parseInt(record.get("col")),
						Integer.parseInt(record.get("row"))));
			}
			return List.copyOf(tiles);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
