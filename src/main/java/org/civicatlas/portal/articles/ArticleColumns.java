package org.civicatlas.portal.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.civicatlas.portal.common.PlaceName;

import static org.civicatlas.system.SqlArrays.strings;

/**
 * The place columns the article queries select alike, and reading them: an article's
 * townships come as {@code array(...)} sub-selects in the article's own row (no query per
 * article).
 */
final class ArticleColumns {

	/**
	 * The township columns of an article {@code a}: codes, names and English names, in
	 * code order.
	 */
	static final String TOWNSHIPS = """
			array(select t.code from article_township at join township t on t.code = at.township_code
			       where at.article_id = a.id order by t.code) as township_codes,
			array(select t.name from article_township at join township t on t.code = at.township_code
			       where at.article_id = a.id order by t.code) as township_names,
			array(select t.name_en from article_township at join township t on t.code = at.township_code
			       where at.article_id = a.id order by t.code) as township_names_en""";

	private ArticleColumns() {
	}

	static List<PlaceName> townships(ResultSet rs) throws SQLException {
		List<String> codes = strings(rs.getArray("township_codes"));
		List<String> names = strings(rs.getArray("township_names"));
		List<String> namesEn = strings(rs.getArray("township_names_en"));
		List<PlaceName> townships = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			townships.add(new PlaceName(codes.get(i), names.get(i), namesEn.get(i)));
		}
		return townships;
	}

	/**
	 * The article's city or district from the columns {@code <prefix>_code},
	 * {@code _name}, {@code _name_en}.
	 */
	static PlaceName place(ResultSet rs, String prefix) throws SQLException {
		String code = rs.getString(prefix + "_code");
		return code == null ? null
				: new PlaceName(code, rs.getString(prefix + "_name"), rs.getString(prefix + "_name_en"));
	}

}
