package org.civicatlas.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The 404 page for a page past the last one of a list, public or admin: it says that the
 * list has no such page and links the list's first page (the same address and filters
 * without {@code page}), where a link kept from before the list shrank is best followed.
 */
@ControllerAdvice
class PastLastPageAdvice {

	@ExceptionHandler(PastLastPageException.class)
	ModelAndView pastLastPage(PastLastPageException ex, HttpServletRequest request) {
		// a path of this site only, never "//host/..."
		String path = "/" + request.getRequestURI().replaceFirst("^/+", "");
		String firstPage = UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.toUriString();
		return new ModelAndView("error",
				Map.of("status", HttpStatus.NOT_FOUND.value(), "pastLastPage", ex.number(), "firstPage", firstPage),
				HttpStatus.NOT_FOUND);
	}

}
