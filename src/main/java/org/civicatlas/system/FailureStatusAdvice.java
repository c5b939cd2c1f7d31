package org.civicatlas.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * Failures that are not the portal's fault get their own status instead of a 500. No
 * connection to PostgreSQL (down, or being started again): "try again later" with a 503,
 * which proxies and monitors understand as a temporary outage. A multipart body that
 * cannot be parsed: a 400.
 */
@ControllerAdvice
class FailureStatusAdvice {

	@ExceptionHandler(MultipartException.class)
	void malformedUpload(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	void unavailable(HttpServletResponse response) throws IOException {
		sendUnavailable(response);
	}

	/**
	 * The 503 page; also for filters that read the database before any controller
	 * ({@link DatabaseUnavailableFilter}).
	 */
	static void sendUnavailable(HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "5");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
