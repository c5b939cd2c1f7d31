package org.civicatlas.ingest.place;

import java.util.Objects;

/**
 * One administrative division of the gazetteer: its level, official code, the name people
 * print (for a village its short name, 袁家村 rather than the committee 袁家村委会) and its
 * parent's code ({@code null} for a city).
 */
public record Place(Level level, String code, String name, String parentCode) {

	/** From the largest to the smallest, so a lower ordinal is a higher level. */
	public enum Level {

		CITY, DISTRICT, TOWNSHIP, VILLAGE;

		boolean isAbove(Level other) {
			return ordinal() < other.ordinal();
		}

	}

	public Place {
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		if ((level == Level.CITY) != (parentCode == null)) {
			throw new IllegalArgumentException("Only a city has no parent: " + code + " " + name);
		}
	}

	public static Place city(String code, String name) {
		return new Place(Level.CITY, code, name, null);
	}

	public static Place district(String code, String name, String cityCode) {
		return new Place(Level.DISTRICT, code, name, cityCode);
	}

	public static Place township(String code, String name, String districtCode) {
		return new Place(Level.TOWNSHIP, code, name, districtCode);
	}

	public static Place village(String code, String shortName, String townshipCode) {
		return new Place(Level.VILLAGE, code, shortName, townshipCode);
	}

}
