package org.civicatlas.editing;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The 400 page for a request that left out fields of a {@link WholeForm}, naming them: whoever made
 * the request by hand learns what to add (the error page reads the request attribute).
 */
@ControllerAdvice
class IncompleteFormAdvice {

	/** The request attribute the error page shows, the missing fields' names. */
	static final String ATTRIBUTE = "incompleteForm";

	@ExceptionHandler(IncompleteFormException.class)
	void incomplete(IncompleteFormException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(ATTRIBUTE, String.join(", ", ex.missing()));
		response.sendError(HttpServletResponse.SC_BAD_REQUEST, ex.getReason());
	}

}
