package org.civicatlas.portal.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicatlas.place.PlaceRomanization;

/**
 * The schematic map as the home page draws it in SVG: one square per district at its
 * layout cell, coloured by its number of programs, and the outlines of the cities along
 * the cells' edges.
 */
record TileMap(int width, int height, List<MapTile> tiles, String cityBorders, List<Bucket> legend) {

	static final int CELL = 48;

	// the square drawn in places/fragments.html (tile-map)
	static final int TILE = 44;

	// room for the outline strokes at the map's edge
	static final int MARGIN = 3;

	// more letters than this do not fit a tile at the label's font size
	static final int LONG_LABEL = 6;

	/**
	 * A district's tile: its square's corner, its count, colour and a short label.
	 */
	record MapTile(CountedPlace district, int x, int y, Bucket bucket, Name label) {

		/**
		 * Moves the tile's square and texts, drawn at the origin, to its corner: one
		 * attribute a tile instead of the coordinates of each shape.
		 */
		public String transform() {
			return "translate(" + x + " " + y + ")";
		}

		/**
		 * The width a long label is squeezed into, so that it stays inside its tile; null
		 * for a short one.
		 */
		public Integer labelLength(java.util.Locale locale) {
			return label.in(locale).length() > LONG_LABEL ? TILE - 4 : null;
		}

	}

	/**
	 * The map of these districts; a district the layout does not know is left off (the
	 * layout test prevents it).
	 */
	static TileMap of(List<TileLayout.Tile> layout, List<CountedPlace> districts) {
		Map<String, CountedPlace> byCode = districts.stream()
			.collect(Collectors.toMap(CountedPlace::code, Function.identity()));
		List<MapTile> tiles = new ArrayList<>();
		int cols = 0;
		int rows = 0;
		for (TileLayout.Tile tile : layout) {
			CountedPlace district = byCode.get(tile.code());
			if (district != null) {
				int offset = (CELL - TILE) / 2 + MARGIN;
				tiles.add(new MapTile(district, tile.col() * CELL + offset, tile.row() * CELL + offset,
						Bucket.of(district.programs()), label(district.name())));
				cols = Math.max(cols, tile.col() + 1);
				rows = Math.max(rows, tile.row() + 1);
			}
		}
		return new TileMap(cols * CELL + 2 * MARGIN, rows * CELL + 2 * MARGIN, List.copyOf(tiles), borders(layout),
				List.of(Bucket.values()));
	}

	/**
	 * Two characters name a Zhejiang district unambiguously (越城, 景宁); in English the
	 * proper name does, without its level word (Yuecheng, Jingning, Lin'an): three
	 * letters did not (Jia stood for five districts). A district without an English name
	 * gets its pinyin.
	 */
	static Name label(Name name) {
		String en = name.en() == null || name.en().isBlank() ? PlaceRomanization.english(name.zh(), false) : name.en();
		return new Name(name.zh().substring(0, Math.min(2, name.zh().length())), en.split(" ")[0]);
	}

	/**
	 * An SVG path along every cell edge that separates two cities, or a city from the sea
	 * and the provinces around: the outlines that show which tiles belong together. An
	 * edge between two cities is drawn once, as the top or left edge of the tile below or
	 * right of it.
	 */
	static String borders(List<TileLayout.Tile> layout) {
		Map<Cell, String> cityAt = new HashMap<>();
		for (TileLayout.Tile tile : layout) {
			cityAt.put(new Cell(tile.col(), tile.row()), tile.code().substring(0, 4));
		}
		StringBuilder path = new StringBuilder();
		for (TileLayout.Tile tile : layout) {
			String city = tile.code().substring(0, 4);
			int left = tile.col() * CELL + MARGIN;
			int top = tile.row() * CELL + MARGIN;
			if (!city.equals(cityAt.get(new Cell(tile.col(), tile.row() - 1)))) {
				path.append('M').append(left).append(' ').append(top).append('h').append(CELL);
			}
			if (!city.equals(cityAt.get(new Cell(tile.col() - 1, tile.row())))) {
				path.append('M').append(left).append(' ').append(top).append('v').append(CELL);
			}
			if (!cityAt.containsKey(new Cell(tile.col(), tile.row() + 1))) {
				path.append('M').append(left).append(' ').append(top + CELL).append('h').append(CELL);
			}
			if (!cityAt.containsKey(new Cell(tile.col() + 1, tile.row()))) {
				path.append('M').append(left + CELL).append(' ').append(top).append('v').append(CELL);
			}
		}
		return path.toString();
	}

	private record Cell(int col, int row) {
	}

}
