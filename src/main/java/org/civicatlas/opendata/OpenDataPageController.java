package org.civicatlas.opendata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /open-data}: the downloads, how many records each holds, and the codebook of their fields. */
@Controller
class OpenDataPageController {

	private final OpenDataCounts counts;

	OpenDataPageController(OpenDataCounts counts) {
		this.counts = counts;
	}

	@GetMapping("/open-data")
	String show(Model model) {
		model.addAttribute("counts", counts.counts());
		model.addAttribute("files", Codebook.FILES);
		return "opendata/show";
	}

}
