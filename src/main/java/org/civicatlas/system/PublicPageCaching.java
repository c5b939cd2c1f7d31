package org.civicatlas.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.CRC32;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Conditional GET for the public pages and downloads: the ETag is the {@link DataVersion}
 * (plus the build and what picks the language and the htmx fragment), Last-Modified the
 * time the data last changed, so a browser that has the page gets a 304 after one small
 * statement, without the page being built. {@code Cache-Control: no-cache} makes it ask
 * every time, so an edit shows at once. A page asked for again at the same data version
 * is sent as it was rendered ({@link RenderedPages}). The admin side, the actuator and
 * static files are left alone (the admin keeps Spring Security's {@code no-store}; static
 * files carry their own long-lived headers).
 */
class PublicPageCaching extends OncePerRequestFilter {

	// robots.txt holds no data: it needs no stamp; the problem-report form carries a
	// per-session CSRF token
	private static final String[] SKIPPED = { "/admin", "/actuator", "/error", "/css/", "/js/", "/webjars/",
			"/favicon.ico", "/robots.txt", "/reports" };

	private final DataVersion versions;

	private final String build;

	private final RenderedPages pages;

	PublicPageCaching(DataVersion versions, String build, RenderedPages pages) {
		this.versions = versions;
		this.build = build;
		this.pages = pages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = path(request);
		for (String skipped : SKIPPED) {
			if (path.startsWith(skipped)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// without a database this throws, and DatabaseUnavailableFilter answers 503
		DataVersion.Stamp stamp = versions.current();
		String etag = "W/\"" + stamp.version() + "-" + build + "-" + variant(request) + "\"";
		if (new ServletWebRequest(request, response).checkNotModified(etag, stamp.changedAt().toEpochMilli())) {
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.addHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
		if (RenderedPages.keeps(request, path(request))) {
			pages.serve(request, response, chain);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * What makes the same URL answer differently: the language cookie and header, an htmx
	 * request.
	 */
	static String variant(HttpServletRequest request) {
		CRC32 crc = new CRC32();
		crc.update(variantInputs(request).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

	/** The language cookie, {@code Accept-Language} and {@code HX-Request}, in full. */
	static String variantInputs(HttpServletRequest request) {
		String cookie = null;
		if (request.getCookies() != null) {
			for (Cookie candidate : request.getCookies()) {
				if (LocaleConfiguration.COOKIE.equals(candidate.getName())) {
					cookie = candidate.getValue();
				}
			}
		}
		return Objects.toString(cookie) + '|' + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) + '|'
				+ request.getHeader("HX-Request");
	}

}
