package org.civicatlas.place;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the administrative divisions for other modules. */
@Service
@Transactional(readOnly = true)
public class Gazetteer {

	private final CityRepository cities;

	private final DistrictRepository districts;

	private final TownshipRepository townships;

	Gazetteer(CityRepository cities, DistrictRepository districts, TownshipRepository townships) {
		this.cities = cities;
		this.districts = districts;
		this.townships = townships;
	}

	public PlaceCounts counts() {
		return new PlaceCounts(cities.count(), districts.count(), townships.count());
	}

}
