package org.civicatlas.editing;

/**
 * A city, district or township to choose in a form; English readers see the English name
 * too.
 */
public record PlaceOption(String code, String name, String nameEn, String parentCode) {

	public String label(boolean english) {
		return english && nameEn != null ? name + " (" + nameEn + ")" : name;
	}

}
