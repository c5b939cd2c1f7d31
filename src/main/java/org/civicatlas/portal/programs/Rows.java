package org.civicatlas.portal.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.civicatlas.portal.common.Localized;

/** Reading the columns both pages select the same way. */
final class Rows {

	private Rows() {
	}

	/**
	 * The place path, city first, in the reader's language, from the columns
	 * {@code city}, {@code city_en}, {@code district} … {@code township_en}; levels the
	 * program lacks are left out.
	 */
	static List<String> placePath(ResultSet rs, Locale locale) throws SQLException {
		return Stream
			.of(Localized.name(rs.getString("city"), rs.getString("city_en"), locale),
					Localized.name(rs.getString("district"), rs.getString("district_en"), locale),
					Localized.name(rs.getString("township"), rs.getString("township_en"), locale))
			.filter(Objects::nonNull)
			.toList();
	}

}
