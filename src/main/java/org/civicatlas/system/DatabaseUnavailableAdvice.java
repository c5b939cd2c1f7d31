package org.civicatlas.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * No connection to PostgreSQL (down, or being started again): the page says "try again later" with a
 * 503, which proxies and monitors understand as a temporary outage, instead of a 500.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	void unavailable(HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "5");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
