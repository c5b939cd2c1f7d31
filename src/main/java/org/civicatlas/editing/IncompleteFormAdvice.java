package org.civicatlas.editing;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 400 page for a request that left out fields of a {@link WholeForm}, naming them, so
 * that whoever made the request by hand learns what to add (the error page's extra line).
 */
@ControllerAdvice
class IncompleteFormAdvice {

	@ExceptionHandler(IncompleteFormException.class)
	ModelAndView incomplete(IncompleteFormException ex) {
		return new ModelAndView("error",
				Map.of("status", HttpStatus.BAD_REQUEST.value(), "incompleteForm", String.join(", ", ex.missing())),
				HttpStatus.BAD_REQUEST);
	}

}
