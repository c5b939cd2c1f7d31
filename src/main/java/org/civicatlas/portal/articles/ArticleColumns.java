package org.civicatlas.portal.articles;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.civicatlas.portal.metrics.PlaceName;

/**
 * Reading the {@code array(...)} sub-selects the article queries use to fetch an article's lists in
 * the article's own row (no query per article). Elements may be null: a township without an
 * English name.
 */
final class SqlArrays {

	/** The township columns of an article {@code a}: codes, names and English names, in code order. */
	static final String TOWNSHIPS = """
			array(select t.code from article_township at join township t on t.code = at.township_code
			       where at.article_id = a.id order by t.code) as township_codes,
			array(select t.name from article_township at join township t on t.code = at.township_code
			       where at.article_id = a.id order by t.code) as township_names,
			array(select t.name_en from article_township at join township t on t.code = at.township_code
			       where at.article_id = a.id order by t.code) as township_names_en""";

	private SqlArrays() {
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of()
				: Arrays.stream((Object[]) array.getArray()).map(v -> v == null ? null : v.toString()).toList();
	}

	static List<Integer> ints(Array array) throws SQLException {
		return array == null ? List.of()
				: Arrays.stream((Object[]) array.getArray()).map(v -> ((Number) v).intValue()).toList();
	}

	static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of()
				: Arrays.stream((Object[]) array.getArray()).map(v -> ((Number) v).longValue()).toList();
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

	/** The article's city or district from the columns {@code <prefix>_code}, {@code _name}, {@code _name_en}. */
	static PlaceName place(ResultSet rs, String prefix) throws SQLException {
		String code = rs.getString(prefix + "_code");
		return code == null ? null
				: new PlaceName(code, rs.getString(prefix + "_name"), rs.getString(prefix + "_name_en"));
	}

}
