package org.civicatlas.portal.programs;

import java.util.Locale;

import org.civicatlas.portal.common.Localized;
import org.civicatlas.system.Pinyin;

import org.springframework.stereotype.Component;

/**
 * Pinyin for the templates ({@code @romanized.pinyin(name)}): English pages show it
 * beside a program's name or an article's headline when no editor has given an English
 * one, so an English reader can say and compare it (issue 13: never an empty field).
 */
@Component("romanized")
public class Romanized {

	public String pinyin(String chinese) {
		return chinese == null ? null : Pinyin.spaced(chinese);
	}

	/**
	 * A title as plain text (the page's {@code <title>}, {@code og:title}, a feed entry):
	 * the Chinese as printed, and on English pages the English an editor gave, else the
	 * pinyin, in brackets after it, as the pages show it.
	 */
	public String title(String chinese, String english, Locale locale) {
		if (!Localized.english(locale)) {
			return chinese;
		}
		return chinese + " (" + (english != null ? english : pinyin(chinese)) + ")";
	}

}
