package org.civicatlas.place.admin;

import java.util.List;

import org.civicatlas.editing.StaleEditException;
import org.civicatlas.place.City;
import org.civicatlas.place.CityRepository;
import org.civicatlas.place.District;
import org.civicatlas.place.DistrictRepository;
import org.civicatlas.place.Township;
import org.civicatlas.place.TownshipRepository;
import org.civicatlas.place.admin.PlaceView.Level;
import org.civicatlas.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and renames places; the entities keep official names and codes out of reach. */
@Service
class PlaceEdits {

	private final CityRepository cities;

	private final DistrictRepository districts;

	private final TownshipRepository townships;

	PlaceEdits(CityRepository cities, DistrictRepository districts, TownshipRepository townships) {
		this.cities = cities;
		this.districts = districts;
		this.townships = townships;
	}

	@Transactional(readOnly = true)
	PlaceView find(Level level, String code) {
		return switch (level) {
			case CITY -> view(city(code));
			case DISTRICT -> view(district(code));
			case TOWNSHIP -> view(township(code));
		};
	}

	/** Saves the form unless someone saved the place since it was loaded. */
	@Transactional
	PlaceView update(Level level, String code, PlaceForm form) {
		List<String> aliases = form.aliasList();
		return switch (level) {
			case CITY -> {
				City city = city(code);
				check(view(city), form);
				city.rename(form.nameEnOrNull(), aliases);
				yield view(cities.saveAndFlush(city));
			}
			case DISTRICT -> {
				District district = district(code);
				check(view(district), form);
				district.rename(form.nameEnOrNull(), aliases);
				yield view(districts.saveAndFlush(district));
			}
			case TOWNSHIP -> {
				Township township = township(code);
				check(view(township), form);
				township.rename(form.nameEnOrNull(), aliases);
				yield view(townships.saveAndFlush(township));
			}
		};
	}

	private static void check(PlaceView current, PlaceForm form) {
		StaleEditException.check("Place " + current.code(), form.version(), current.version());
	}

	private City city(String code) {
		return cities.findById(code).orElseThrow(() -> new NotFoundException("City " + code));
	}

	private District district(String code) {
		return districts.findById(code).orElseThrow(() -> new NotFoundException("District " + code));
	}

	private Township township(String code) {
		return townships.findById(code).orElseThrow(() -> new NotFoundException("Township " + code));
	}

	private static PlaceView view(City city) {
		return new PlaceView(Level.CITY, city.getCode(), city.getName(), null, city.getNameEn(), city.getAliases(),
				city.getVersion());
	}

	private static PlaceView view(District district) {
		return new PlaceView(Level.DISTRICT, district.getCode(), district.getName(), district.getCity().getName(),
				district.getNameEn(), district.getAliases(), district.getVersion());
	}

	private static PlaceView view(Township township) {
		District district = township.getDistrict();
		return new PlaceView(Level.TOWNSHIP, township.getCode(), township.getName(),
				district.getCity().getName() + " " + district.getName(), township.getNameEn(), township.getAliases(),
				township.getVersion());
	}

}
