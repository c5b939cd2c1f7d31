package org.civicatlas.place.admin;

import java.util.List;

/**
 * A city, district or township as the edit form shows it; the official name and code are
 * read-only.
 */
record PlaceView(Level level, String code, String name, String parentName, String nameEn, List<String> aliases,
		long version) {

	/** The level follows from the code's length, as in the gazetteer. */
	enum Level {

		CITY(4), DISTRICT(6), TOWNSHIP(9);

		private final int codeLength;

		Level(int codeLength) {
			this.codeLength = codeLength;
		}

		static Level of(String code) {
			for (Level level : values()) {
				if (code.length() == level.codeLength && code.matches("33[0-9]+")) {
					return level;
				}
			}
			return null;
		}

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
