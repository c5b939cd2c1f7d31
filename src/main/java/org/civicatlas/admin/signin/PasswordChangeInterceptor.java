package org.civicatlas.admin.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * While a user signs in with a one-time password, every admin page leads to the password
 * form first.
 */
class PasswordChangeInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean expired = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> AccountUserDetailsService.PASSWORD_EXPIRED.equals(a.getAuthority()));
		if (expired) {
			response.sendRedirect(request.getContextPath() + "/admin/password");
			return false;
		}
		return true;
	}

}
