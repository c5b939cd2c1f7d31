package org.civicatlas.system;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch of the layout links to the page being read, with its filters, in
 * the other language: a reader who switches on a filtered finder keeps the filters. For
 * sharing and search engines (issue 13, item 6) the layout also names the page's absolute
 * addresses: the canonical one (this language, chosen by {@code ?lang=}, so that the
 * address alone says which language it is), the {@code hreflang} alternates in both
 * languages, and {@code x-default} (no {@code lang}: the visitor's cookie or browser
 * decides).
 */
@ControllerAdvice
class LanguageLinks {

	/**
	 * The switch's relative links; the absolute addresses are {@code null} on error pages
	 * and in the admin, which are not to be shared or indexed. {@code origin} (scheme,
	 * host and port) makes the page's share card address absolute, as {@code og:image}
	 * needs.
	 */
	record Links(String chinese, String english, String canonical, String chineseUrl, String englishUrl,
			String defaultUrl, String origin) {
	}

	@ModelAttribute("languageLinks")
	Links languageLinks(HttpServletRequest request, Locale locale) {
		// an error page is rendered at /error: link to the address the reader asked for
		// instead
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed != null ? failed.toString() : request.getRequestURI();
		String query = failed != null ? null : request.getQueryString();
		String chinese = link(path, query, "zh-CN");
		String english = link(path, query, "en");
		if (failed != null || path.startsWith("/admin")) {
			return new Links(chinese, english, null, null, null, null, null);
		}
		String base = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).build().toUriString();
		String defaultLink = UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang")
			.build()
			.toUriString();
		boolean inEnglish = "en".equals(locale.getLanguage());
		return new Links(chinese, english, base + (inEnglish ? english : chinese), base + chinese, base + english,
				base + defaultLink, base);
	}

	private static String link(String path, String query, String lang) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", lang).build().toUriString();
	}

}
