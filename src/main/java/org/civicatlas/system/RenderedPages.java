package org.civicatlas.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages as they were sent, kept in the {@link PublicCache} for the data
 * version they were rendered at: a page asked again before the data changes is answered
 * with its bytes and headers, without controller, queries or template. The key is what
 * the page depends on besides the data: the full URL (scheme and host make its absolute
 * links), the language cookie, {@code Accept-Language} and htmx's {@code HX-Request} (the
 * same inputs as the ETag's variant, in full). Only a 200 that sets no cookie, rendered
 * for a request without a session, is kept: what a signed-in editor or a language switch
 * gets is never shown to anybody else. Downloads stream from a cursor and are never
 * buffered.
 */
final class RenderedPages {

	record Key(String url, String variant) {
	}

	/** What a request sees: a page to send again, or one that was not kept. */
	record Page(boolean kept, String contentType, Locale locale, List<Header> headers, byte[] body) {

		static final Page NOT_KEPT = new Page(false, null, null, List.of(), new byte[0]);

		long bytes() {
			return kept ? body.length : -1;
		}

		void send(HttpServletResponse response) throws IOException {
			for (Header header : headers) {
				response.setHeader(header.name(), header.values().get(0));
				header.values().stream().skip(1).forEach(value -> response.addHeader(header.name(), value));
			}
			if (locale != null) {
				response.setLocale(locale);
			}
			response.setContentType(contentType);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

	record Header(String name, List<String> values) {
	}

	// streamed from a cursor (open-data files, the numbered sitemaps, CSV)
	private static final String[] DOWNLOADS = { "/open-data/", "/sitemaps/" };

	private final PublicCache cache;

	RenderedPages(PublicCache cache) {
		this.cache = cache;
	}

	static boolean keeps(HttpServletRequest request, String path) {
		if (!"GET".equals(request.getMethod()) || path.endsWith(".csv")) {
			return false;
		}
		for (String download : DOWNLOADS) {
			if (path.startsWith(download)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Sends the kept page, or renders it (keeping it when it may be shown to everybody).
	 * Requests that ask for a page while it is being rendered wait for it.
	 */
	void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		boolean[] rendered = { false };
		Page page;
		try {
			page = cache.get(key(request), () -> {
				rendered[0] = true;
				return render(request, response, chain);
			}, Page::bytes);
		}
		catch (RuntimeException ex) {
			if (rendered[0]) {
				if (ex instanceof Failure failure) {
					failure.rethrowCause();
				}
				throw ex;
			}
			// the request that rendered it failed: this one tries on its own
			page = Page.NOT_KEPT;
		}
		if (rendered[0]) {
			return;
		}
		if (page.kept()) {
			page.send(response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static Key key(HttpServletRequest request) {
		StringBuffer url = request.getRequestURL();
		if (request.getQueryString() != null) {
			url.append('?').append(request.getQueryString());
		}
		return new Key(url.toString(), PublicPageCaching.variantInputs(request));
	}

	private static Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
		Buffered buffered = new Buffered(response);
		try {
			chain.doFilter(request, buffered);
			Page page = shareable(request, buffered) ? new Page(true, buffered.getContentType(), buffered.locale,
					headers(buffered), buffered.getContentAsByteArray()) : Page.NOT_KEPT;
			buffered.copyBodyToResponse();
			return page;
		}
		catch (IOException ex) {
			throw new Failure(ex);
		}
		catch (ServletException ex) {
			throw new Failure(ex);
		}
	}

	private static boolean shareable(HttpServletRequest request, HttpServletResponse response) {
		return response.getStatus() == HttpServletResponse.SC_OK && request.getRequestedSessionId() == null
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && response.getContentType() != null;
	}

	private static List<Header> headers(HttpServletResponse response) {
		List<Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
					&& headers.stream().noneMatch(known -> known.name().equalsIgnoreCase(name))) {
				headers.add(new Header(name, List.copyOf(response.getHeaders(name))));
			}
		}
		return headers;
	}

	/**
	 * The response's body, kept back until it is complete, and the language it was given
	 * (a view's; sent as {@code Content-Language}, which the servlet API does not show as
	 * a header).
	 */
	private static final class Buffered extends ContentCachingResponseWrapper {

		private Locale locale;

		Buffered(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.locale = locale;
		}

	}

	/** A failure of the filter chain, carried through the cache's loader. */
	private static final class Failure extends RuntimeException {

		Failure(Exception cause) {
			super(cause);
		}

		void rethrowCause() throws IOException, ServletException {
			if (getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) getCause();
		}

	}

}
