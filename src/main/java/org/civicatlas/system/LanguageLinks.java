package org.civicatlas.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch of the layout links to the page being read, with its filters, in the other
 * language: a reader who switches on a filtered finder keeps the filters.
 */
@ControllerAdvice
class LanguageLinks {

	record Links(String chinese, String english) {
	}

	@ModelAttribute("languageLinks")
	Links languageLinks(HttpServletRequest request) {
		// an error page is rendered at /error: link to the address the reader asked for instead
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed != null ? failed.toString() : request.getRequestURI();
		String query = failed != null ? null : request.getQueryString();
		return new Links(link(path, query, "zh-CN"), link(path, query, "en"));
	}

	private static String link(String path, String query, String lang) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", lang).build().toUriString();
	}

}
