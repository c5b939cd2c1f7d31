package org.civicatlas.portal;

import org.civicatlas.place.Gazetteer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final Gazetteer gazetteer;

	HomeController(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@GetMapping("/")
	String show(Model model) {
		model.addAttribute("places", gazetteer.counts());
		return "home";
	}

}
