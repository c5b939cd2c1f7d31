package org.civicatlas.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away, with a 400 page, input no page can use: a NUL character in a parameter or a
 * cookie ({@code q=%00}), which PostgreSQL refuses with an error, and parameters that are
 * not UTF-8. A request for {@code /error} itself (not a forward to it after a failure) is
 * a 404: that page only explains errors of other requests.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

	private static final char NUL = '\0';

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("/error".equals(request.getRequestURI()) && request.getDispatcherType() == DispatcherType.REQUEST) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (malformed(request)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean malformed(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && query.contains("%00")) {
			return true;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (cookie.getValue().indexOf(NUL) >= 0 || cookie.getValue().contains("%00")) {
					return true;
				}
			}
		}
		// query and form fields; an upload's parts are read (and checked) by the upload's
		// own code
		if (baseType(request.getContentType()).startsWith("multipart/")) {
			return false;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException undecodable) {
			return true; // Tomcat refuses %E4%B9 (half a UTF-8 character) only when the
							// page reads it: a 500
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf(NUL) >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value.indexOf(NUL) >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static String baseType(String contentType) {
		return contentType == null ? "" : contentType.replaceFirst(";.*", "").strip().toLowerCase();
	}

}
