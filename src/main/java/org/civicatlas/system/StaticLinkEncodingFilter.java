package org.civicatlas.system;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Rewrites the links templates render to static files into their versioned form
 * ({@code /css/atlas-<hash>.css}), and leaves every other link alone. Spring's own filter
 * asks the resource chain about every {@code @{…}} link, and since static files are
 * served under {@code /**}, a link to {@code /programs/5} became a class-path look-up
 * that misses: most of a detail page's CPU time (docs/performance.md). The answers are
 * kept (a miss too: the resource chain caches only what it finds), since static files do
 * not change while the application runs. Being a {@link ResourceUrlEncodingFilter}, it
 * replaces the one Boot would register.
 */
class StaticLinkEncodingFilter extends ResourceUrlEncodingFilter {

	/**
	 * Where the static files live: {@code static/css}, {@code static/js}, the favicon and
	 * the WebJars.
	 */
	static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/webjars/", "/favicon.ico");

	private final ConcurrentMap<String, Optional<String>> versioned = new ConcurrentHashMap<>();

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
			chain.doFilter(request, new StaticLinks(http, httpResponse, versioned));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	static boolean isStatic(String url) {
		return STATIC_PREFIXES.stream().anyMatch(url::startsWith);
	}

	private static final class StaticLinks extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		private final ConcurrentMap<String, Optional<String>> versioned;

		StaticLinks(HttpServletRequest request, HttpServletResponse response,
				ConcurrentMap<String, Optional<String>> versioned) {
			super(response);
			this.request = request;
			this.versioned = versioned;
		}

		@Override
		public String encodeURL(String url) {
			String contextPath = request.getContextPath();
			if (url.startsWith(contextPath) && isStatic(url.substring(contextPath.length()))) {
				Object provider = request
					.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
				if (provider instanceof ResourceUrlProvider resources) {
					int end = indexOfQueryOrFragment(url);
					Optional<String> found = versioned.computeIfAbsent(url.substring(contextPath.length(), end),
							path -> Optional.ofNullable(resources.getForLookupPath(path)));
					if (found.isPresent()) {
						return super.encodeURL(contextPath + found.get() + url.substring(end));
					}
				}
			}
			return super.encodeURL(url);
		}

		private static int indexOfQueryOrFragment(String url) {
			int query = url.indexOf('?');
			int fragment = url.indexOf('#');
			int end = url.length();
			if (query >= 0) {
				end = query;
			}
			if (fragment >= 0 && fragment < end) {
				end = fragment;
			}
			return end;
		}

	}

}
