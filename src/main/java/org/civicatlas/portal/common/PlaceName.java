package org.civicatlas.portal.common;

import java.util.Locale;

/**
 * A division of the gazetteer as a reader sees it: its official Chinese name, and in
 * English its English name too. The one place-name record of the public pages.
 */
public record PlaceName(String code, String name, String nameEn) {

	/** A place read from a row's columns; null when the row names none (a left join). */
	public static PlaceName of(String code, String name, String nameEn) {
		return name == null ? null : new PlaceName(code, name, nameEn);
	}

	/**
	 * The English name on English pages when there is one; the Chinese name otherwise.
	 */
	public String in(Locale locale) {
		return Localized.name(name, nameEn, locale);
	}

	public String label(Locale locale) {
		String english = Localized.name(null, nameEn, locale);
		return english == null ? name : name + " (" + english + ")";
	}

}
