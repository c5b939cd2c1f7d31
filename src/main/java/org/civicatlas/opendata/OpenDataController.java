package org.civicatlas.opendata;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bulk downloads of {@code ../shared/spec/open-data.md}; their URLs and fields are a contract. */
@RestController
class OpenDataController {

	private final PlacesDownload places;

	OpenDataController(PlacesDownload places) {
		this.places = places;
	}

	@GetMapping(path = "/open-data/places.json", produces = MediaType.APPLICATION_JSON_VALUE)
	PlacesDownload.Places places() {
		return places.places();
	}

}
