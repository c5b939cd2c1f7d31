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

	// A program counts for the place it runs in and every place above it; an article for
	// its main
	// place, the townships it covers, and every place above those. Each level is one
	// statement that
	// aggregates the programs and articles once, whatever the number of places.
	private static final String SQL = """
			select pl.code, pl.name, pl.name_en, pl.parent_code,
			       coalesce(pc.n, 0) as program_count, coalesce(ac.n, 0) as article_count
			  from (%s) pl
			  left join (select left(place, :len) as code, count(*) as n
			               from (select coalesce(township_code, district_code, city_code) as place from program
			                      where status = 'PUBLISHED' and merged_into is null) p
			              where length(place) >= :len group by 1) pc on pc.code = pl.code
			  left join (select left(place, :len) as code, count(distinct id) as n
			               from (select id, coalesce(district_code, city_code) as place from article
			                      where status = 'PUBLISHED'
			                     union all
			                     select t.article_id, t.township_code from article_township t
			                       join article a on a.id = t.article_id where a.status = 'PUBLISHED') ap
			              where length(place) >= :len group by 1) ac on ac.code = pl.code
			 order by pl.code
			""";

	private final JdbcClient jdbc;

	PlacesDownload(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Places places() {
		return new Places(level("select code, name, name_en, null as parent_code from city", 4),
				level("select code, name, name_en, city_code as parent_code from district", 6),
				level("select code, name, name_en, district_code as parent_code from township", 9));
	}

	private List<Place> level(String table, int codeLength) {
		return jdbc.sql(SQL.formatted(table))
			.param("len", codeLength)
			.query((rs, n) -> new Place(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
					PlaceRomanization.pinyin(rs.getString("name")), rs.getString("parent_code"),
					rs.getLong("program_count"), rs.getLong("article_count")))
			.list();
	}

}
