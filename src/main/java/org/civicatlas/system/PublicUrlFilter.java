package org.civicatlas.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code atlas.public-url} set (say {@code https://atlas.example.org}), every
 * request sees that scheme, host and port instead of the ones its {@code Host} header
 * claims: absolute links (sitemap, feed, robots.txt) then name the portal, never a host a
 * client made up. Unset, the request's own address is used, which is right only on a
 * developer's machine (docs/deployment.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicUrlFilter extends OncePerRequestFilter {

	private final URI publicUrl;

	PublicUrlFilter(@Value("${atlas.public-url:}") String publicUrl) {
		this.publicUrl = StringUtils.hasText(publicUrl) ? URI.create(publicUrl.strip()) : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(publicUrl == null ? request : new AtPublicUrl(request, publicUrl), response);
	}

	private static final class AtPublicUrl extends HttpServletRequestWrapper {

		private final URI url;

		AtPublicUrl(HttpServletRequest request, URI url) {
			super(request);
			this.url = url;
		}

		@Override
		public String getScheme() {
			return url.getScheme();
		}

		@Override
		public String getServerName() {
			return url.getHost();
		}

		@Override
		public int getServerPort() {
			return url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
		}

		@Override
		public boolean isSecure() {
			return "https".equals(url.getScheme());
		}

		@Override
		public String getHeader(String name) {
			return "Host".equalsIgnoreCase(name) ? url.getAuthority() : super.getHeader(name);
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(url.getScheme()).append("://").append(url.getAuthority()).append(getRequestURI());
		}

	}

}
