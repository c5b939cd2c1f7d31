package org.civicatlas.portal.places;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A city with its districts, as the places list and the map's text version show them. */
record CityGroup(CountedPlace city, List<CountedPlace> districts) {

	static List<CityGroup> of(List<CountedPlace> cities, List<CountedPlace> districts) {
		Map<String, List<CountedPlace>> byCity = districts.stream()
			.collect(Collectors.groupingBy(CountedPlace::parentCode));
		return cities.stream().map(city -> new CityGroup(city, byCity.getOrDefault(city.code(), List.of()))).toList();
	}

}
