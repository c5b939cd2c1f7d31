package org.civicatlas.admin.places;

import jakarta.validation.Valid;
import org.civicatlas.admin.places.PlaceView.Level;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** English names and aliases of cities, districts and townships. */
@Controller
@RequestMapping("/admin/places")
class PlaceAdminController {

	private final PlaceSearch search;

	private final PlaceEdits edits;

	PlaceAdminController(PlaceSearch search, PlaceEdits edits) {
		this.search = search;
		this.edits = edits;
	}

	@InitBinder("place")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("nameEn", "aliases", "version");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		if (q.length() > 60) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		model.addAttribute("q", q);
		model.addAttribute("places", search.find(q));
		return "admin/places/list";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		PlaceView place = edits.find(level(code), code);
		model.addAttribute("current", place);
		model.addAttribute("place", PlaceForm.of(place));
		return "admin/places/form";
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("place") PlaceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Level level = level(code);
		if (form.nameEn() == null || form.aliases() == null) {
			// the form always sends both (empty when empty): a request without them is not our form,
			// and saving it would blank what is stored
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "nameEn and aliases are required");
		}
		if (form.aliasList().stream().anyMatch(alias -> alias.length() > PlaceForm.MAX_ALIAS_LENGTH)) {
			result.rejectValue("aliases", "admin.places.aliases.tooLong");
		}
		if (result.hasErrors()) {
			model.addAttribute("current", edits.find(level, code));
			return "admin/places/form";
		}
		try {
			edits.update(level, code, form);
			redirect.addFlashAttribute("message", "admin.places.saved");
			return "redirect:/admin/places/" + code;
		}
		catch (StalePlaceException ex) {
			return conflict(ex.getCurrent(), form, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return conflict(edits.find(level, code), form, model);
		}
	}

	/** Shows what is saved now beside what was submitted; saving again applies the submitted values on purpose. */
	private static String conflict(PlaceView current, PlaceForm submitted, Model model) {
		model.addAttribute("current", current);
		model.addAttribute("conflict", submitted.aliasList());
		model.addAttribute("place", new PlaceForm(submitted.nameEn(), submitted.aliases(), current.version()));
		return "admin/places/form";
	}

	private static Level level(String code) {
		Level level = Level.of(code);
		if (level == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return level;
	}

}
