package org.civicatlas.portal.places;

import java.util.List;

import org.civicatlas.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /spread?type=village_sages_united_front}: where a type of program has been
 * reported and when first, district by district and township by township, with the map of
 * where it has not been yet (issue 13, item 9). Without a type, the page offers the
 * types.
 */
@Controller
class SpreadController {

	private final PlaceProgramsReader programs;

	private final CountedPlacesReader places;

	private final SpreadReader spread;

	private final TileLayout layout;

	SpreadController(PlaceProgramsReader programs, CountedPlacesReader places, SpreadReader spread, TileLayout layout) {
		this.programs = programs;
		this.places = places;
		this.spread = spread;
		this.layout = layout;
	}

	@GetMapping("/spread")
	String show(@RequestParam(required = false) String type, Model model) {
		List<ProgramType> types = programs.types(PlaceScope.ZHEJIANG);
		model.addAttribute("types", types);
		if (type == null) {
			return "places/spread";
		}
		ProgramType chosen = types.stream()
			.filter(t -> t.key().equals(type))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Program type " + type));
		List<SpreadReader.FirstReport> firsts = spread.of(type);
		List<CountedPlace> districts = SpreadReader.districts(places.districts(), firsts);
		model.addAttribute("type", chosen);
		model.addAttribute("firsts", firsts);
		model.addAttribute("districtCount", firsts.stream().filter(f -> f.level() == Level.DISTRICT).count());
		model.addAttribute("townshipCount", firsts.stream().filter(f -> f.level() == Level.TOWNSHIP).count());
		model.addAttribute("undated", firsts.stream().filter(f -> f.date() == null).count());
		model.addAttribute("map", TileMap.of(layout.tiles(), districts));
		return "places/spread";
	}

}
