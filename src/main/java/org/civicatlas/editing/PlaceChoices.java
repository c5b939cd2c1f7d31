package org.civicatlas.editing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The gazetteer's cities and districts for the forms' choices, one statement each. */
@Component
public class PlaceChoices {

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

	/** The townships of a district, to look codes up in; none without a district. */
	public List<PlaceOption> townships(String districtCode) {
		return jdbc.sql("""
				select code, name, name_en, district_code as parent from township
				 where district_code = :district order by code""")
			.param("district", districtCode == null ? "" : districtCode)
			.query((rs, n) -> option(rs))
			.list();
	}

	private static PlaceOption option(ResultSet rs) throws SQLException {
		return new PlaceOption(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				rs.getString("parent"));
	}

}
