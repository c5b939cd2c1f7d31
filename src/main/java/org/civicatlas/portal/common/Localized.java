package org.civicatlas.portal.common;

import java.util.Locale;

/**
 * Names stored in both languages (places, program types, subtypes): the English one for
 * English readers when the data has one, else the Chinese one. The one place this choice
 * is made on the public pages.
 */
public final class Localized {

	private Localized() {
	}

	/** Whether the reader reads the English interface. */
	public static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	/**
	 * The English name on English pages when there is one; the Chinese name otherwise.
	 */
	public static String name(String chinese, String english, Locale locale) {
		return english(locale) && english != null && !english.isBlank() ? english : chinese;
	}

}
