package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.civicatlas.ingest.PlaceMatch;

/**
 * A place matcher that knows a handful of places by their full names, standing in for the
 * pipeline's gazetteer-driven matcher: it reports the places a text names, in the order
 * it names them, and the city and district of the first township when the text names no
 * district.
 */
final class FakePlaces implements Function<String, PlaceMatch> {

	private record Place(String name, String code, String parentCode) {
	}

	private final Map<String, Place> cities = new LinkedHashMap<>();

	private final Map<String, Place> districts = new LinkedHashMap<>();

	private final Map<String, Place> townships = new LinkedHashMap<>();

	private final Map<String, String> villages = new LinkedHashMap<>();

	FakePlaces city(String name, String code) {
		cities.put(name, new Place(name, code, null));
		return this;
	}

	FakePlaces district(String name, String code, String cityCode) {
		districts.put(name, new Place(name, code, cityCode));
		return this;
	}

	FakePlaces township(String name, String code, String districtCode) {
		townships.put(name, new Place(name, code, districtCode));
		return this;
	}

	FakePlaces village(String name) {
		villages.put(name, null);
		return this;
	}

	@Override
	public PlaceMatch apply(String text) {
		List<Place> namedTownships = named(text, townships);
		Place district = first(named(text, districts));
		if (district == null && !namedTownships.isEmpty()) {
			district = byCode(districts, namedTownships.get(0).parentCode());
		}
		Place city = first(named(text, cities));
		if (city == null && district != null) {
			city = byCode(cities, district.parentCode());
		}
		List<PlaceMatch.VillageRef> namedVillages = new ArrayList<>();
		villages.keySet()
			.stream()
			.filter(text::contains)
			.sorted(Comparator.comparingInt(text::indexOf))
			.forEach(v -> namedVillages.add(new PlaceMatch.VillageRef(v, null)));
		return new PlaceMatch(city == null ? null : city.code(), district == null ? null : district.code(),
				namedTownships.stream().map(Place::code).toList(), namedVillages);
	}

	/** The article-level match: the given names, as an annotator listed them. */
	PlaceMatch of(String city, String district, List<String> townshipNames, List<String> villageNames) {
		return new PlaceMatch(city == null || !cities.containsKey(city) ? null : cities.get(city).code(),
				district == null || !districts.containsKey(district) ? null : districts.get(district).code(),
				townshipNames.stream().filter(townships::containsKey).map(t -> townships.get(t).code()).toList(),
				villageNames.stream().map(v -> new PlaceMatch.VillageRef(v, null)).toList());
	}

	private static List<Place> named(String text, Map<String, Place> places) {
		return places.values()
			.stream()
			.filter(p -> text.contains(p.name()))
			.sorted(Comparator.comparingInt(p -> text.indexOf(p.name())))
			.toList();
	}

	private static Place first(List<Place> places) {
		return places.isEmpty() ? null : places.get(0);
	}

	private static Place byCode(Map<String, Place> places, String code) {
		return places.values().stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
	}

}
