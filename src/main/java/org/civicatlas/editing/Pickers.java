package org.civicatlas.editing;

import java.util.List;

import org.civicatlas.system.BadRequestException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the forms' pickers ({@code templates/admin/fragments/picker.html}) search. Without
 * JavaScript, a picker's search button posts the whole form to the feature's {@code pick}
 * handler, which keeps the form as typed and the search words in flash attributes and
 * redirects back to the form (redirect after POST; nothing is saved); the form's GET
 * handler then shows the kept form with what was found. With htmx, the search field asks
 * the feature's {@code /pick/…} handler for the results fragment as one types.
 */
public final class Pickers {

	/** Longer search words are a bad request (400), not a slow search. */
	private static final int MAX_QUERY = 100;

	private static final String RESULTS_VIEW = "admin/fragments/picker :: results-view";

	/**
	 * A picker's search words as the form posted them.
	 *
	 * @param attribute the request parameter, and the flash attribute that keeps it
	 * @param anchor the picker's id, where the page scrolls after the search
	 */
	public record Query(String attribute, String text, String anchor) {
	}

	private Pickers() {
	}

	/**
	 * Keeps the form as typed and the searches for the page after the redirect; the
	 * redirect view, to the picker searched.
	 */
	public static String keep(Object form, String redirect, RedirectAttributes attributes, Query... queries) {
		if (form != null) {
			attributes.addFlashAttribute("form", form);
		}
		String anchor = "";
		for (Query query : queries) {
			attributes.addFlashAttribute(query.attribute(), query(query.text()));
			if (anchor.isEmpty() && !query.text().isBlank()) {
				anchor = "#" + query.anchor();
			}
		}
		return redirect + anchor;
	}

	/** The search words kept for this page, or none. */
	public static String query(Model model, String attribute) {
		return model.getAttribute(attribute) instanceof String text ? text : "";
	}

	/** The search words, checked for length. */
	public static String query(String text) {
		if (text.length() > MAX_QUERY) {
			throw new BadRequestException("search words too long");
		}
		return text;
	}

	/**
	 * Whether the reader reads English (names then come in English where the data has
	 * them).
	 */
	public static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	/** The results fragment of a picker's htmx search. */
	public static String results(String name, String type, List<Choice> found, String query, Model model) {
		model.addAttribute("name", name);
		model.addAttribute("type", type);
		model.addAttribute("results", found);
		model.addAttribute("query", query);
		return RESULTS_VIEW;
	}

}
