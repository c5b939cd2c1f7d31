package org.civicatlas.portal.programs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicatlas.system.PublicCache;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The program finder and the program pages. */
@Controller
class ProgramsController {

	/**
	 * The header htmx sends with its own requests; it then wants the finder alone, not
	 * the whole page.
	 */
	static final String HTMX_REQUEST = "HX-Request";

	/**
	 * Sent by htmx when it rebuilds a page from history it has not cached: that needs the
	 * whole page.
	 */
	static final String HTMX_HISTORY_RESTORE = "HX-History-Restore-Request";

	/**
	 * Tells htmx which URL to put in the address bar: the canonical one, not the raw form
	 * submission.
	 */
	static final String HTMX_PUSH_URL = "HX-Push-Url";

	private static final List<String> SORTS = Arrays.stream(FinderQuery.Sort.values())
		.map(FinderQuery.Sort::key)
		.toList();

	private final FinderReader finder;

	private final ProgramPageReader pages;

	private final PublicCache cache;

	ProgramsController(FinderReader finder, ProgramPageReader pages, PublicCache cache) {
		this.finder = finder;
		this.pages = pages;
		this.cache = cache;
	}

	@GetMapping("/programs")
	String list(@RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = HTMX_REQUEST, required = false) String htmx,
			@RequestHeader(name = HTMX_HISTORY_RESTORE, required = false) String historyRestore, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		// the same URL answers with a fragment or a page: caches must keep them apart
		response.addHeader(HttpHeaders.VARY, HTMX_REQUEST);
		// the finder counts every program it could show: kept until the data changes
		// (docs/performance.md)
		FinderView view = cache.get(List.of(FinderReader.class, new LinkedMultiValueMap<>(params), locale),
				() -> finder.find(params, locale));
		model.addAttribute("view", view);
		model.addAttribute("sorts", SORTS);
		if ("true".equals(htmx) && !"true".equals(historyRestore)) {
			response.setHeader(HTMX_PUSH_URL, request.getContextPath() + view.query().href());
			return "programs/list :: finder";
		}
		return "programs/list";
	}

	@GetMapping("/programs/{id}")
	ModelAndView show(@PathVariable long id, Locale locale) {
		ProgramPageReader.Lookup lookup = cache.get(List.of(ProgramPageReader.class, id, locale),
				() -> pages.read(id, locale));
		if (lookup.movedTo() != null) {
			RedirectView redirect = new RedirectView("/programs/" + lookup.movedTo(), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
		ModelAndView page = new ModelAndView("programs/show", "program", lookup.page());
		page.addObject("pageImage", "/programs/" + id + "/card.png");
		return page;
	}

}
