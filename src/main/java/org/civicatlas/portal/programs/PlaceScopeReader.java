package org.civicatlas.portal.programs;

import java.util.ArrayList;
import java.util.List;

import org.civicatlas.portal.common.PlaceName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The finder's place, read in one statement: the chosen place with the places above it
 * (its path, city first), and the places one level below it, which the place facet offers
 * (the cities when no place is chosen).
 */
@Component
class PlaceScopeReader {

	/**
	 * @param path the chosen place and those above it, city first; empty when none is
	 * chosen or the code is unknown
	 * @param childLength the code length of the children, 0 below a township
	 */
	record PlaceScope(List<PlaceName> path, List<PlaceName> children, int childLength) {

		PlaceName place() {
			return path.isEmpty() ? null : path.get(path.size() - 1);
		}

	}

	/**
	 * The levels of the gazetteer by code length; a level's depth is the length of its
	 * path.
	 */
	private enum Level {

		PROVINCE(0, "select 'child', code, name, name_en from city"),
		CITY(4, "select 'child', code, name, name_en from district where city_code = :place"),
		DISTRICT(6, "select 'child', code, name, name_en from township where district_code = :place"),
		TOWNSHIP(9, null);

		private static final String[] PATH = {
				"select 'path', code, name, name_en from city where code = left(:place, 4)",
				"select 'path', code, name, name_en from district where code = left(:place, 6)",
				"select 'path', code, name, name_en from township where code = :place" };

		final int codeLength;

		final String children;

		Level(int codeLength, String children) {
			this.codeLength = codeLength;
			this.children = children;
		}

		static Level of(String code) {
			for (Level level : values()) {
				if (level.codeLength == (code == null ? 0 : code.length())) {
					return level;
				}
			}
			throw new IllegalArgumentException("not a place code: " + code);
		}

		int childLength() {
			return children == null ? 0 : values()[ordinal() + 1].codeLength;
		}

		String sql() {
			List<String> parts = new ArrayList<>(List.of(PATH).subList(0, ordinal()));
			if (children != null) {
				parts.add(children);
			}
			// 'path' sorts after 'child': descending puts the path first, city to
			// township by code
			return String.join("\nunion all\n", parts) + "\norder by 1 desc, 2";
		}

	}

	private record Row(String role, PlaceName place) {
	}

	private final JdbcClient jdbc;

	PlaceScopeReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The scope of a well-formed place code, or of the whole province for null. */
	PlaceScope read(String code) {
		Level level = Level.of(code);
		JdbcClient.StatementSpec statement = jdbc.sql(level.sql());
		if (code != null) {
			statement = statement.param("place", code);
		}
		List<Row> rows = statement.query(
				(rs, n) -> new Row(rs.getString(1), new PlaceName(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list();
		List<PlaceName> path = rows.stream().filter(row -> row.role().equals("path")).map(Row::place).toList();
		List<PlaceName> children = rows.stream().filter(row -> row.role().equals("child")).map(Row::place).toList();
		boolean known = path.size() == level.ordinal();
		return new PlaceScope(known ? path : List.of(), known ? children : List.of(), level.childLength());
	}

}
