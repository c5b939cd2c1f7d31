package org.civicatlas.opendata;

import java.util.List;

import org.civicatlas.place.PlaceRomanization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code /open-data/places.json}: every division of the gazetteer with how
 * many published programs and articles it holds, itself or anywhere below it. One
 * statement per level.
 */
@Component
class PlacesDownload {

	/** One place of the download; the field names are the open-data contract. */
	record Place(String code, String name, String nameEn, String namePinyin, String parentCode, long programCount,
			long articleCount) {
	}

	record Places(List<Place> cities, List<Place> districts, List<Place> townships) {
	}

	// What belongs to a place is the views program_place and article_place (V94): a
	// program
	// counts for the place it runs in and every place above it; an article for its main
	// place, the townships it covers, and every place above those. Each level is one
	// statement that groups the views' rows once by the level's column, whatever the
	// number of places.
	private static final String SQL = """
			select pl.code, pl.name, pl.name_en, pl.parent_code,
			       coalesce(pc.n, 0) as program_count, coalesce(ac.n, 0) as article_count
			  from (%1$s) pl
			  left join (select %2$s as code, count(*) as n from program_place
			              group by 1) pc on pc.code = pl.code
			  left join (select %2$s as code, count(distinct article_id) as n from article_place
			              group by 1) ac on ac.code = pl.code
			 order by pl.code
			""";

	private final JdbcClient jdbc;

	PlacesDownload(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Places places() {
		return new Places(level("select code, name, name_en, null as parent_code from city", "city_code"),
				level("select code, name, name_en, city_code as parent_code from district", "district_code"),
				level("select code, name, name_en, district_code as parent_code from township", "township_code"));
	}

	private List<Place> level(String table, String column) {
		return jdbc.sql(SQL.formatted(table, column))
			.query((rs, n) -> new Place(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
					PlaceRomanization.pinyin(rs.getString("name")), rs.getString("parent_code"),
					rs.getLong("program_count"), rs.getLong("article_count")))
			.list();
	}

}
