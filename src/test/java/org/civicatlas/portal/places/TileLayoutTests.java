package org.civicatlas.portal.places;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The schematic layout against the gazetteer, and the map drawn from it. */
class TileLayoutTests {

	private final List<TileLayout.Tile> tiles = new TileLayout().tiles();

	@Test
	void everyDistrictOfTheGazetteerHasExactlyOneTile() throws IOException {
		Map<String, Long> tilesPerCode = tiles.stream()
			.collect(Collectors.groupingBy(TileLayout.Tile::code, Collectors.counting()));
		assertThat(tilesPerCode.keySet()).containsExactlyInAnyOrderElementsOf(districts().keySet());
		assertThat(tilesPerCode.values()).containsOnly(1L);
	}

	@Test
	void noTwoTilesShareACell() {
		Set<List<Integer>> cells = new HashSet<>();
		for (TileLayout.Tile tile : tiles) {
			assertThat(cells.add(List.of(tile.col(), tile.row()))).as("cell of %s", tile.code()).isTrue();
			assertThat(tile.col()).isNotNegative();
			assertThat(tile.row()).isNotNegative();
		}
	}

	@Test
	void eachCitysTilesTouch() {
		Map<List<Integer>, String> cityAt = new HashMap<>();
		tiles.forEach(t -> cityAt.put(List.of(t.col(), t.row()), city(t)));
		Map<String, List<TileLayout.Tile>> byCity = tiles.stream()
			.collect(Collectors.groupingBy(TileLayoutTests::city));
		assertThat(byCity).hasSize(11);
		byCity.forEach((city, own) -> {
			Set<List<Integer>> reached = new HashSet<>();
			Deque<List<Integer>> todo = new ArrayDeque<>(List.of(List.of(own.get(0).col(), own.get(0).row())));
			while (!todo.isEmpty()) {
				List<Integer> cell = todo.pop();
				if (city.equals(cityAt.get(cell)) && reached.add(cell)) {
					int c = cell.get(0);
					int r = cell.get(1);
					todo.addAll(List.of(List.of(c + 1, r), List.of(c - 1, r), List.of(c, r + 1), List.of(c, r - 1)));
				}
			}
			assertThat(reached).as("tiles of city %s reachable from its first", city).hasSize(own.size());
		});
	}

	@Test
	void citiesLieRoughlyWhereTheyAre() {
		// Hangzhou west of Ningbo, Huzhou north of Wenzhou, Zhoushan the easternmost,
		// Lishui south of Jinhua
		assertThat(mean(TileLayout.Tile::col, "3301")).isLessThan(mean(TileLayout.Tile::col, "3302"));
		assertThat(mean(TileLayout.Tile::row, "3305")).isLessThan(mean(TileLayout.Tile::row, "3303"));
		assertThat(mean(TileLayout.Tile::col, "3309")).isGreaterThan(mean(TileLayout.Tile::col, "3302"));
		assertThat(mean(TileLayout.Tile::row, "3311")).isGreaterThan(mean(TileLayout.Tile::row, "3307"));
	}

	@Test
	void mapSquaresDoNotOverlapAndFitTheDrawing() throws IOException {
		TileMap map = TileMap.of(tiles, counted(districts()));
		assertThat(map.tiles()).hasSize(90);
		for (TileMap.MapTile a : map.tiles()) {
			assertThat(a.x()).isNotNegative();
			assertThat(a.y()).isNotNegative();
			assertThat(a.x() + TileMap.TILE).isLessThanOrEqualTo(map.width());
			assertThat(a.y() + TileMap.TILE).isLessThanOrEqualTo(map.height());
			for (TileMap.MapTile b : map.tiles()) {
				boolean apart = a.x() + TileMap.TILE <= b.x() || b.x() + TileMap.TILE <= a.x()
						|| a.y() + TileMap.TILE <= b.y() || b.y() + TileMap.TILE <= a.y();
				assertThat(a == b || apart).as("%s and %s", a.district().code(), b.district().code()).isTrue();
			}
		}
	}

	@Test
	void bordersRunBetweenCitiesAndAroundTheMapButNotInsideACity() {
		// two Shaoxing districts side by side, a Ningbo district to their right
		List<TileLayout.Tile> layout = List.of(new TileLayout.Tile("330602", 0, 0), new TileLayout.Tile("330603", 1, 0),
				new TileLayout.Tile("330281", 2, 0));
		String path = TileMap.borders(layout);
		int m = TileMap.MARGIN;
		int cell = TileMap.CELL;
		assertThat(path).contains("M" + (m + 2 * cell) + " " + m + "v" + cell) // Shaoxing
																				// |
																				// Ningbo
			.doesNotContain("M" + (m + cell) + " " + m + "v") // inside Shaoxing
			.contains("M" + m + " " + m + "v" + cell) // west edge
			.contains("M" + (m + 3 * cell) + " " + m + "v" + cell); // east edge
		assertThat(path.split("M")).hasSize(1 + 3 + 3 + 2 + 1); // tops, bottoms, west,
																// Shaoxing|Ningbo, east
	}

	@Test
	void labelsAreShortNames() {
		assertThat(TileMap.label(new Name("景宁畲族自治县", "Jingning She Autonomous County")))
			.isEqualTo(new Name("景宁", "Jingning"));
		assertThat(TileMap.label(new Name("临安区", "Lin'an District"))).isEqualTo(new Name("临安", "Lin'an"));
		assertThat(TileMap.label(new Name("越城区", null))).isEqualTo(new Name("越城", "Yuecheng"));
	}

	/**
	 * Three English letters stood for several districts (Jia ×5, Lon ×4): no label may
	 * stand for two.
	 */
	@Test
	void everyDistrictsLabelIsUniqueInBothLanguages() throws IOException {
		List<Name> labels = districts().values().stream().map(TileMap::label).toList();
		assertThat(labels).hasSize(90);
		assertThat(labels.stream().map(Name::zh).distinct().count()).isEqualTo(labels.size());
		assertThat(labels.stream().map(Name::en).distinct().count()).isEqualTo(labels.size());
	}

	@Test
	void bucketsCoverEveryCountOnce() {
		assertThat(Bucket.of(0)).isEqualTo(Bucket.NONE);
		assertThat(Bucket.of(1)).isEqualTo(Bucket.FEW);
		assertThat(Bucket.of(2)).isEqualTo(Bucket.FEW);
		assertThat(Bucket.of(3)).isEqualTo(Bucket.SOME);
		assertThat(Bucket.of(10)).isEqualTo(Bucket.MANY);
		assertThat(Bucket.of(11)).isEqualTo(Bucket.MOST);
		assertThat(Bucket.of(5000)).isEqualTo(Bucket.MOST);
		for (long n = 0; n < 50; n++) {
			Bucket bucket = Bucket.of(n);
			assertThat(n).isBetween(bucket.min(), bucket.max());
		}
	}

	private double mean(java.util.function.ToIntFunction<TileLayout.Tile> axis, String city) {
		return tiles.stream().filter(t -> city(t).equals(city)).mapToInt(axis).average().orElseThrow();
	}

	private static String city(TileLayout.Tile tile) {
		return tile.code().substring(0, 4);
	}

	private static List<CountedPlace> counted(Map<String, Name> districts) {
		return districts.entrySet()
			.stream()
			.map(e -> new CountedPlace(e.getKey(), e.getValue(), e.getKey().substring(0, 4), 0, 0))
			.toList();
	}

	/** The districts of the gazetteer file the database is loaded from. */
	private static Map<String, Name> districts() throws IOException {
		Map<String, Name> districts = new HashMap<>();
		try (Reader reader = new InputStreamReader(new ClassPathResource("db/gazetteer/districts.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				districts.put(row.get("code"), new Name(row.get("name"), row.get("name_en")));
			}
		}
		assertThat(districts).hasSize(90);
		return districts;
	}

}
