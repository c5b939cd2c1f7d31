package org.civicatlas.place.admin;

import jakarta.validation.Valid;
import org.civicatlas.editing.Forms;
import org.civicatlas.editing.Notice;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.editing.ThreeWayMerge;
import org.civicatlas.editing.WholeForm;
import org.civicatlas.place.admin.PlaceView.Level;
import org.civicatlas.system.BadRequestException;

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

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		Forms.bindDeclaratively(binder);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		if (q.length() > 60) {
			throw new BadRequestException("search words too long");
		}
		model.addAttribute("q", q);
		model.addAttribute("places", search.find(q));
		return "admin/places/list";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		PlaceView place = edits.find(level(code), code);
		model.addAttribute("form", PlaceForm.of(place));
		return form(place, model);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Valid @WholeForm @ModelAttribute("form") PlaceForm form,
			BindingResult errors, @RequestParam(name = ThreeWayMerge.BASE, required = false) String base, Model model,
			RedirectAttributes redirect) {
		Level level = level(code);
		if (form.aliasList().stream().anyMatch(alias -> alias.length() > PlaceForm.MAX_ALIAS_LENGTH)) {
			errors.rejectValue("aliases", "admin.places.aliases.tooLong");
		}
		if (errors.hasErrors()) {
			ThreeWayMerge.keep(base, model);
			return form(edits.find(level, code), model);
		}
		try {
			edits.update(level, code, form);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return conflict(edits.find(level, code), form, base, model);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("admin.places.saved"));
		return "redirect:/admin/places/" + code;
	}

	/**
	 * The form again at the current version: the editor's changes on top of the stored
	 * values, and what differs (see {@link ThreeWayMerge}).
	 */
	private static String conflict(PlaceView current, PlaceForm yours, String base, Model model) {
		ThreeWayMerge.conflict(yours, PlaceForm.of(current), base, model);
		return form(current, model);
	}

	private static String form(PlaceView current, Model model) {
		model.addAttribute("current", current);
		ThreeWayMerge.keep(ThreeWayMerge.base(PlaceForm.of(current).fields()), model);
		return "admin/places/form";
	}

	private static Level level(String code) {
		Level level = Level.of(code);
		if (level == null) {
			throw new BadRequestException("malformed place code");
		}
		return level;
	}

}
