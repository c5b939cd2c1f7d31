package org.civicatlas.ingest;

import java.util.List;

/**
 * The places an article is about, by official code: its main city and district (either
 * may be null), the townships it covers and the villages or communities it names.
 */
public record PlaceMatch(String cityCode, String districtCode, List<String> townshipCodes, List<VillageRef> villages) {

	public PlaceMatch {
		townshipCodes = List.copyOf(townshipCodes);
		villages = List.copyOf(villages);
	}

	public static PlaceMatch none() {
		return new PlaceMatch(null, null, List.of(), List.of());
	}

	/** A village as printed; {@code code} is set when the gazetteer knows it. */
	public record VillageRef(String name, String code) {
	}

}
