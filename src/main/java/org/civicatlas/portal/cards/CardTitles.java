package org.civicatlas.portal.cards;

import java.util.Optional;

import org.civicatlas.system.Pinyin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a card names: a published article's headline or program's name, one statement
 * each.
 */
@Component
class CardTitles {

	/**
	 * The title as printed and its English form: the one an editor gave, else its pinyin
	 * (issue 13: never empty).
	 */
	record Title(String chinese, String english) {
	}

	private final JdbcClient jdbc;

	CardTitles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Title> article(long id) {
		return title("select headline, headline_en from article where id = :id and status = 'PUBLISHED'", id);
	}

	/** A program merged into another has its own card no more (its page moved). */
	Optional<Title> program(long id) {
		return title(
				"select name, name_en from program where id = :id and status = 'PUBLISHED' and merged_into is null",
				id);
	}

	private Optional<Title> title(String sql, long id) {
		return jdbc.sql(sql).param("id", id).query((rs, n) -> {
			String chinese = rs.getString(1);
			String english = rs.getString(2);
			return new Title(chinese, english != null ? english : Pinyin.spaced(chinese));
		}).optional();
	}

}
