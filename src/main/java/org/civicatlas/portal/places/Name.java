package org.civicatlas.portal.places;

import java.util.Locale;

import org.civicatlas.portal.common.Localized;

/**
 * A name in Chinese and, where the gazetteer or taxonomy has one, in English. Like the
 * other view types of this package, its methods that templates call are public: SpEL
 * calls only public methods.
 */
record Name(String zh, String en) {

	/**
	 * The English name on English pages when there is one; the Chinese name otherwise.
	 */
	public String in(Locale locale) {
		return Localized.name(zh, en, locale);
	}

	/**
	 * The name in the other language, to show beside {@link #in}: null when there is
	 * none.
	 */
	public String other(Locale locale) {
		String shown = in(locale);
		return shown.equals(zh) ? en : zh;
	}

}
