package org.civicatlas.portal.places;

import java.util.Optional;
import java.util.regex.Pattern;

import org.civicatlas.system.NotFoundException;

/**
 * The three levels of the gazetteer a place page can show, told apart by the length of
 * the official code. The table and column names are the schema's, shared by
 * {@code program} and the article places.
 */
enum Level {

	CITY("city", "city_code"), DISTRICT("district", "district_code"), TOWNSHIP("township", "township_code");

	// every Zhejiang code starts with the province's 33; anything else names no place we
	// hold
	private static final Pattern CODE = Pattern.compile("33[0-9]{2}|33[0-9]{4}|33[0-9]{7}");

	final String table;

	final String column;

	Level(String table, String column) {
		this.table = table;
		this.column = column;
	}

	/**
	 * The level of a code; a malformed code (letters, wrong length) names no place: 404,
	 * like an unknown one.
	 */
	static Level of(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new NotFoundException("Place " + code);
		}
		return switch (code.length()) {
			case 4 -> CITY;
			case 6 -> DISTRICT;
			default -> TOWNSHIP;
		};
	}

	/** The level right below, whose places a page of this level lists. */
	Optional<Level> child() {
		return switch (this) {
			case CITY -> Optional.of(DISTRICT);
			case DISTRICT -> Optional.of(TOWNSHIP);
			case TOWNSHIP -> Optional.empty();
		};
	}

	/** The level right above; its column in this level's table names a place's parent. */
	Optional<Level> parent() {
		return switch (this) {
			case CITY -> Optional.empty();
			case DISTRICT -> Optional.of(CITY);
			case TOWNSHIP -> Optional.of(DISTRICT);
		};
	}

	public String key() {
		return name().toLowerCase();
	}

}
