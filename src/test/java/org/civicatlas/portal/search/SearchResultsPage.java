package org.civicatlas.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the tests need out of a rendered results page. */
final class SearchResultsPage {

	private final String html;

	SearchResultsPage(String html) {
		this.html = html;
	}

	/** The total of a kind, from its heading's badge. */
	long count(String kind) {
		Matcher count = Pattern.compile("id=\"search-count-" + kind + "\">([0-9,]+)").matcher(html);
		if (!count.find()) {
			throw new AssertionError("no count of " + kind);
		}
		return Long.parseLong(count.group(1).replace(",", ""));
	}

	/** The links of the results of a kind ({@code /articles/1} …), in the order shown. */
	List<String> links(String kind, String pathPrefix) {
		int start = html.indexOf("id=\"search-" + kind + "\"");
		if (start < 0) {
			return List.of();
		}
		int end = html.indexOf("<h2", start);
		String part = html.substring(start, end < 0 ? html.length() : end);
		List<String> links = new ArrayList<>();
		Matcher link = Pattern.compile("href=\"(" + Pattern.quote(pathPrefix) + "[0-9]+)\"").matcher(part);
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

	/** The ids at the end of {@link #links}. */
	List<Long> ids(String kind, String pathPrefix) {
		return links(kind, pathPrefix).stream()
			.map(link -> Long.parseLong(link.substring(pathPrefix.length())))
			.toList();
	}

}
