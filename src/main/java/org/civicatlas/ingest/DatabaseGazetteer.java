package org.civicatlas.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.ingest.place.GazetteerIndex;
import org.civicatlas.ingest.place.Place;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gazetteer as the database holds it, for the importer: the official divisions (V2)
 * and what editors added in {@code /admin/places}, aliases and English names, so that a
 * name an editor taught the atlas is recognised by the next import.
 */
final class DatabaseGazetteer {

	/** Shorter names would be found inside ordinary words. */
	private static final int MIN_ALIAS = 2;

	private static final String DIVISIONS = """
			select 'CITY' as level, code, name, null as parent, name_en, aliases from city
			union all
			select 'DISTRICT', code, name, city_code, name_en, aliases from district
			union all
			select 'TOWNSHIP', code, name, district_code, name_en, aliases from township
			""";

	private DatabaseGazetteer() {
	}

	static GazetteerIndex read(JdbcClient jdbc) {
		List<Place> places = new ArrayList<>();
		Map<String, List<String>> aliases = new HashMap<>();
		jdbc.sql(DIVISIONS).query(rs -> {
			String code = rs.getString("code");
			places.add(new Place(Place.Level.valueOf(rs.getString("level")), code, rs.getString("name"),
					rs.getString("parent")));
			List<String> other = new ArrayList<>(SqlArrays.strings(rs.getArray("aliases")));
			if (rs.getString("name_en") != null) {
				other.add(rs.getString("name_en"));
			}
			other.removeIf(alias -> alias.strip().length() < MIN_ALIAS);
			if (!other.isEmpty()) {
				aliases.put(code, List.copyOf(other));
			}
		});
		jdbc.sql("select code, short_name, township_code from village").query(rs -> {
			places.add(Place.village(rs.getString("code"), rs.getString("short_name"), rs.getString("township_code")));
		});
		return GazetteerIndex.of(places, aliases);
	}

	/**
	 * Changes whenever an editor changes a division (its version moves) or the gazetteer
	 * grows, so that the importer's index is rebuilt only then.
	 */
	static String fingerprint(JdbcClient jdbc) {
		return jdbc.sql("""
				select concat_ws('/', count(*), sum(version), max(updated_at), (select count(*) from village))
				  from (select version, updated_at from city union all select version, updated_at from district
				        union all select version, updated_at from township) d""").query(String.class).single();
	}

}
