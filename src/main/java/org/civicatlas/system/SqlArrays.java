package org.civicatlas.system;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a PostgreSQL array column (the {@code array(...)} sub-selects with which one
 * statement brings a row's lists along) into a list. A null array is an empty list; a
 * null element stays null (a township without an English name), never the text "null".
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static List<String> strings(Array array) throws SQLException {
		return read(array, Object::toString);
	}

	public static List<Integer> ints(Array array) throws SQLException {
		return read(array, value -> ((Number) value).intValue());
	}

	public static List<Long> longs(Array array) throws SQLException {
		return read(array, value -> ((Number) value).longValue());
	}

	private static <T> List<T> read(Array array, Function<Object, T> element) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray())
			.map(value -> value == null ? null : element.apply(value))
			.toList();
	}

}
