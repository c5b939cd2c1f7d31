package org.civicatlas.portal.common;

import java.util.Locale;

/** One of the 13 public program types, named in the reader's language. */
public record TypeName(String key, String nameZh, String nameEn) {

	public String label(Locale locale) {
		return Localized.name(nameZh, nameEn, locale);
	}

}
