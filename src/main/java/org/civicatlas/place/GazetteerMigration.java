package org.civicatlas.place;

import java.util.List;

import org.civicatlas.system.CsvReferenceMigration;

import org.springframework.stereotype.Component;

/**
 * Loads Zhejiang's administrative divisions (see docs/gazetteer.md for source and
 * licence).
 */
@Component
class GazetteerMigration extends CsvReferenceMigration {

	GazetteerMigration() {
		super("2", "gazetteer", List.of(
				new Table("city", "db/gazetteer/cities.csv", List.of("code", "name", "name_en")),
				new Table("district", "db/gazetteer/districts.csv", List.of("code", "name", "name_en", "city_code")),
				new Table("township", "db/gazetteer/townships.csv",
						List.of("code", "name", "name_en", "district_code")),
				new Table("village", "db/gazetteer/villages.csv",
						List.of("code", "name", "short_name", "township_code"))));
	}

}
