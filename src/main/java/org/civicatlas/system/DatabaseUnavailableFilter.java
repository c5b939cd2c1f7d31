package org.civicatlas.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Try again later" (503) for a request that found no database, wherever it looked:
 * outside Spring Session's filter, which reads a signed-in visitor's session from
 * PostgreSQL before any controller (and {@link FailureStatusAdvice}) runs, and writes it
 * back after. Before, a signed-in editor got a 500 while the embedded server was started
 * again, and so did every public page's ETag filter.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!unavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			FailureStatusAdvice.sendUnavailable(response);
		}
	}

	/**
	 * The servlet wraps what a controller threw; a filter's exception arrives as it is.
	 */
	private static boolean unavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}

}
