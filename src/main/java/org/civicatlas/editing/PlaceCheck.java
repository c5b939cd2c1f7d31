package org.civicatlas.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks the places of a form against the gazetteer and against each other, in one
 * statement: the codes must exist, the district must lie in the city and every township
 * in the district. The database enforces the same rules; checking first turns a violation
 * into a field error instead of a failed save. Fields are named {@code cityCode},
 * {@code districtCode} and the given township field.
 */
@Component
public class PlaceCheck {

	private static final String SQL = """
			select 'city' as level, code, name, null as parent from city where code = :city
			union all
			select 'district', code, name, city_code from district where code = :district
			union all
			select 'township', code, name, district_code from township where code = any (:townships)
			""";

	private record Found(String name, String parent) {
	}

	private final JdbcClient jdbc;

	PlaceCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void check(String cityCode, String districtCode, List<String> townshipCodes, String townshipField,
			Errors errors) {
		Map<String, Found> found = new HashMap<>();
		jdbc.sql(SQL)
			.param("city", cityCode == null ? "" : cityCode)
			.param("district", districtCode == null ? "" : districtCode)
			.param("townships", townshipCodes.toArray(String[]::new))
			.query((rs, n) -> found.put(rs.getString("level") + rs.getString("code"),
					new Found(rs.getString("name"), rs.getString("parent"))))
			.list();
		if (cityCode != null && !found.containsKey("city" + cityCode)) {
			errors.rejectValue("cityCode", "place.unknownCity", new Object[] { cityCode }, null);
		}
		Found district = districtCode == null ? null : found.get("district" + districtCode);
		if (districtCode != null && district == null) {
			errors.rejectValue("districtCode", "place.unknownDistrict", new Object[] { districtCode }, null);
		}
		else if (district != null && cityCode == null) {
			errors.rejectValue("cityCode", "place.cityMissing");
		}
		else if (district != null && !district.parent().equals(cityCode)) {
			errors.rejectValue("districtCode", "place.districtOutsideCity", new Object[] { district.name() }, null);
		}
		for (String code : townshipCodes) {
			Found township = found.get("township" + code);
			if (township == null) {
				errors.rejectValue(townshipField, "place.unknownTownship", new Object[] { code }, null);
			}
			else if (districtCode == null) {
				errors.rejectValue(townshipField, "place.districtMissing", new Object[] { township.name() }, null);
			}
			else if (!township.parent().equals(districtCode)) {
				errors.rejectValue(townshipField, "place.townshipOutsideDistrict",
						new Object[] { township.name(), district == null ? districtCode : district.name() }, null);
			}
		}
	}

}
