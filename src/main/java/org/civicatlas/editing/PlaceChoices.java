package org.civicatlas.editing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gazetteer's cities, districts and townships for the forms' choices and pickers, one
 * statement each.
 */
@Component
public class PlaceChoices {

	/** Search results a picker shows at most: a few more words narrow them down. */
	public static final int FOUND = 20;

	// English names where all three levels have one, else the Chinese path
	private static final String TOWNSHIPS = """
			select t.code,
			       case when :english and c.name_en is not null and d.name_en is not null and t.name_en is not null
			            then c.name_en || ' › ' || d.name_en || ' › ' || t.name_en
			            else c.name || ' › ' || d.name || ' › ' || t.name end as path
			  from township t
			  join district d on d.code = t.district_code
			  join city c on c.code = d.city_code
			""";

	private final JdbcClient jdbc;

	PlaceChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PlaceOption> cities() {
		return jdbc.sql("select code, name, name_en, null as parent from city order by code")
			.query((rs, n) -> option(rs))
			.list();
	}

	public List<PlaceOption> districts() {
		return jdbc.sql("select code, name, name_en, city_code as parent from district order by code")
			.query((rs, n) -> option(rs))
			.list();
	}

	/**
	 * The given townships as a picker shows them, by their path of names (city › district
	 * › township) with the code as secondary text, in the given order; a code the
	 * gazetteer lacks is shown as it is.
	 */
	public List<Choice> townships(List<String> codes, boolean english) {
		if (codes.isEmpty()) {
			return List.of();
		}
		Map<String, Choice> found = new HashMap<>();
		jdbc.sql(TOWNSHIPS + " where t.code = any (:codes)")
			.param("english", english)
			.param("codes", codes.toArray(String[]::new))
			.query((rs, n) -> choice(rs))
			.list()
			.forEach(choice -> found.put(choice.value(), choice));
		return codes.stream().map(code -> found.getOrDefault(code, new Choice(code, code, null))).toList();
	}

	/**
	 * Townships whose path of names (in Chinese or English) contains every word of the
	 * query, or whose code starts with it; those of the given district first, the given
	 * codes left out (they are chosen already). At most {@link #FOUND}; none for an empty
	 * query.
	 */
	public List<Choice> findTownships(String query, String districtCode, List<String> except, boolean english) {
		List<String> words = TextFields.words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(TOWNSHIPS + """
				where not t.code = any (:except)
				  and (select bool_and(strpos(lower(c.name || d.name || t.name || ' ' || coalesce(c.name_en, '') || ' '
				              || coalesce(d.name_en, '') || ' ' || coalesce(t.name_en, '')), lower(w)) > 0
				              or t.code like w || '%')
				         from unnest(cast(:words as text[])) w)
				order by (t.district_code = :district) desc, t.code
				limit :limit""")
			.param("english", english)
			.param("except", except.toArray(String[]::new))
			.param("words", words.toArray(String[]::new))
			.param("district", districtCode == null ? "" : districtCode)
			.param("limit", FOUND)
			.query((rs, n) -> choice(rs))
			.list();
	}

	private static Choice choice(ResultSet rs) throws SQLException {
		return new Choice(rs.getString("code"), rs.getString("path"), rs.getString("code"));
	}

	private static PlaceOption option(ResultSet rs) throws SQLException {
		return new PlaceOption(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				rs.getString("parent"));
	}

}
