package org.civicatlas.portal.programs;

import java.util.Locale;

/**
 * Names stored in both languages: the English one for English readers when the data has
 * one.
 */
final class Localized {

	private Localized() {
	}

	static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	static String name(String chinese, String english, Locale locale) {
		return english(locale) && english != null && !english.isBlank() ? english : chinese;
	}

}
