package org.civicatlas.portal.programs;

import org.civicatlas.system.Pinyin;

import org.springframework.stereotype.Component;

/**
 * Pinyin for the templates ({@code @romanized.pinyin(name)}): English pages show it
 * beside a program's Chinese name when no editor has given an English one, so an English
 * reader can say and compare the name (issue 13: never an empty field).
 */
@Component("romanized")
public class Romanized {

	public String pinyin(String chinese) {
		return chinese == null ? null : Pinyin.spaced(chinese);
	}

}
