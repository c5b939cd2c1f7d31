package org.civicatlas.portal.places;

import java.util.List;

import org.civicatlas.system.PublicTotals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the atlas holds, the map of programs by district, the types and the
 * latest articles.
 */
@Controller
class HomeController {

	static final int LATEST_ARTICLES = 6;

	private final PublicTotals totals;

	private final CountedPlacesReader places;

	private final PlaceProgramsReader programs;

	private final PlaceArticlesReader articles;

	private final TileLayout layout;

	HomeController(PublicTotals totals, CountedPlacesReader places, PlaceProgramsReader programs,
			PlaceArticlesReader articles, TileLayout layout) {
		this.totals = totals;
		this.places = places;
		this.programs = programs;
		this.articles = articles;
		this.layout = layout;
	}

	@GetMapping("/")
	String show(Model model) {
		List<CountedPlace> districts = places.districts();
		model.addAttribute("totals", totals.current());
		model.addAttribute("map", TileMap.of(layout.tiles(), districts));
		model.addAttribute("cities", CityGroup.of(places.cities(), districts));
		model.addAttribute("types", programs.types(PlaceScope.ZHEJIANG));
		model.addAttribute("latest", articles.latest(PlaceScope.ZHEJIANG, LATEST_ARTICLES).items());
		return "home";
	}

}
