package org.civicatlas.portal.programs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads the finder's markup (its data-* hooks and links) back into values a test can
 * compare.
 */
record FinderHtml(String html) {

	private static final Pattern TOTAL = Pattern.compile("data-total=\"(\\d+)\"");

	private static final Pattern PROGRAM = Pattern.compile("data-program=\"(\\d+)\"");

	private static final Pattern PLACE = Pattern
		.compile("<a class=\"d-flex justify-content-between\" href=\"([^\"]+)\" data-count=\"(\\d+)\">");

	private static final Pattern CHIP = Pattern.compile("programs-chip\" href=\"([^\"]+)\" data-kind=\"(\\w+)\"");

	long total() {
		Matcher matcher = TOTAL.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no total in " + html);
		}
		return Long.parseLong(matcher.group(1));
	}

	List<Long> programIds() {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = PROGRAM.matcher(html);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

	/**
	 * The values of a checkbox facet ({@code type}, {@code subtype}, {@code metrics})
	 * with their counts.
	 */
	Map<String, Long> facet(String name) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Matcher matcher = Pattern
			.compile("<input[^>]*name=\"" + name + "\" value=\"([^\"]+)\"[^>]*data-count=\"(\\d+)\"")
			.matcher(html);
		while (matcher.find()) {
			counts.put(matcher.group(1), Long.parseLong(matcher.group(2)));
		}
		return counts;
	}

	boolean checked(String name, String value) {
		Matcher matcher = Pattern.compile("<input[^>]*name=\"" + name + "\" value=\"" + value + "\"[^>]*>")
			.matcher(html);
		return matcher.find() && matcher.group().contains("checked");
	}

	/** The place facet: each link (unescaped) with its count. */
	Map<String, Long> places() {
		Map<String, Long> counts = new LinkedHashMap<>();
		Matcher matcher = PLACE.matcher(html);
		while (matcher.find()) {
			counts.put(HtmlUtils.htmlUnescape(matcher.group(1)), Long.parseLong(matcher.group(2)));
		}
		return counts;
	}

	/** The chips: kind and link (unescaped), in order. */
	List<Map.Entry<String, String>> chips() {
		List<Map.Entry<String, String>> chips = new ArrayList<>();
		Matcher matcher = CHIP.matcher(html);
		while (matcher.find()) {
			chips.add(Map.entry(matcher.group(2), HtmlUtils.htmlUnescape(matcher.group(1))));
		}
		return chips;
	}

	/** The link with this {@code rel}, unescaped, or null. */
	String rel(String rel) {
		// the link with that rel, its attributes in any order
		Matcher link = Pattern.compile("<a [^>]*rel=\"" + rel + "\"[^>]*>").matcher(html);
		if (!link.find()) {
			return null;
		}
		Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(link.group());
		return href.find() ? HtmlUtils.htmlUnescape(href.group(1)) : null;
	}

	/** The parameters of a link, decoded. */
	static MultiValueMap<String, String> params(String href) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		int question = href.indexOf('?');
		if (question < 0) {
			return params;
		}
		for (String pair : href.substring(question + 1).split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			String[] parts = pair.split("=", 2);
			params.add(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
		}
		return params;
	}

}
