package org.civicatlas.portal.places;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Reads the {@code array(...)} sub-selects with which one statement brings a row's lists along. */
final class SqlArrays {

	private SqlArrays() {
	}

	static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
