package org.civicatlas.portal.common;

import java.util.Locale;

/**
 * A division of the gazetteer as a reader sees it: its official Chinese name, and in
 * English its English name too.
 */
public record PlaceName(String code, String name, String nameEn) {

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? name + " (" + nameEn + ")"
				: name;
	}

}
