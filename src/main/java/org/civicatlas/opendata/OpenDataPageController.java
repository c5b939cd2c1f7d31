package org.civicatlas.opendata;

import java.time.LocalDate;
import java.time.ZoneId;

import org.civicatlas.system.PublicTotals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /open-data}: the downloads, how many records each holds, and the codebook of
 * their fields.
 */
@Controller
class OpenDataPageController {

	private final PublicTotals totals;

	OpenDataPageController(PublicTotals totals) {
		this.totals = totals;
	}

	@GetMapping("/open-data")
	String show(Model model) {
		model.addAttribute("counts", totals.current());
		model.addAttribute("files", Codebook.FILES);
		// the citation of the atlas names its address as the reader reached it, and
		// today's date in Zhejiang
		model.addAttribute("atlasUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUriString());
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		return "opendata/show";
	}

}
