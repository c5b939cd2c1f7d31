package org.civicatlas.portal.places;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicatlas.system.BadRequestException;
import org.civicatlas.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of cities and districts, and the page of one city, district or township by its
 * official code.
 */
@Controller
class PlacesController {

	// lists stay readable and the page bounded however much a place accumulates; the
	// totals are shown
	static final int PROGRAMS_SHOWN = 100;

	static final int ARTICLES_SHOWN = 30;

	static final int HIGHLIGHTS = 4;

	private final PlaceHeaderReader headers;

	private final CountedPlacesReader places;

	private final PlaceProgramsReader programs;

	private final PlaceArticlesReader articles;

	PlacesController(PlaceHeaderReader headers, CountedPlacesReader places, PlaceProgramsReader programs,
			PlaceArticlesReader articles) {
		this.headers = headers;
		this.places = places;
		this.programs = programs;
		this.articles = articles;
	}

	@GetMapping("/places")
	String list(Model model) {
		List<CountedPlace> districts = places.districts();
		model.addAttribute("cities", CityGroup.of(places.cities(), districts));
		model.addAttribute("districtCount", districts.size());
		return "places/list";
	}

	@GetMapping("/places/{code}")
	String show(@PathVariable String code, @RequestParam(required = false) String scope,
			@RequestParam(name = "type", required = false) List<String> type, Model model) {
		Scope chosen = Scope.parse(scope);
		PlaceHeader place = headers.find(code).orElseThrow(() -> new NotFoundException("Place " + code));
		PlaceScope within = new PlaceScope(place.level(), code, chosen);
		List<ProgramType> types = programs.types(within);
		Set<String> selected = selected(type, types);
		List<CountedPlace> children = places.childrenOf(place.level(), code);
		// a district lists the townships with reports first and the others compactly; a
		// city all its districts
		boolean splitReported = place.level() == Level.DISTRICT;
		model.addAttribute("place", place);
		model.addAttribute("scope", chosen);
		model.addAttribute("scopes", List.of(Scope.ALL, Scope.SELF));
		model.addAttribute("children", children.stream().filter(c -> !splitReported || c.reported()).toList());
		model.addAttribute("others", children.stream().filter(c -> splitReported && !c.reported()).toList());
		model.addAttribute("types", types);
		model.addAttribute("typeNames",
				types.stream().collect(Collectors.toMap(ProgramType::key, ProgramType::name, (a, b) -> a)));
		model.addAttribute("selected", selected);
		model.addAttribute("programs", programs.find(within, selected, PROGRAMS_SHOWN));
		model.addAttribute("highlights", articles.highlights(within, HIGHLIGHTS));
		model.addAttribute("articles", articles.latest(within, ARTICLES_SHOWN));
		return "places/show";
	}

	/**
	 * The {@code ?type=} keys asked for, each once; a key that is not one of the 13 types
	 * is a bad request.
	 */
	private static Set<String> selected(List<String> requested, List<ProgramType> types) {
		if (requested == null) {
			return Set.of();
		}
		Set<String> known = types.stream().map(ProgramType::key).collect(Collectors.toSet());
		Set<String> selected = new LinkedHashSet<>();
		for (String key : requested) {
			if (!known.contains(key)) {
				throw new BadRequestException("Unknown program type");
			}
			selected.add(key);
		}
		return selected;
	}

}
