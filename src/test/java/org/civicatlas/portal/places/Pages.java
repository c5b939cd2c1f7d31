package org.civicatlas.portal.places;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the places tests read from pages and from the open-data download they must agree
 * with.
 */
final class Pages {

	/** A place of {@code /open-data/places.json}. */
	record Counted(String code, String name, String nameEn, long programs, long articles) {
	}

	private Pages() {
	}

	static String ok(Http http, String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** Every match of {@code group} of {@code regex} in {@code html}, in order. */
	static List<String> all(String regex, String html, int group) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(group));
		}
		return found;
	}

	/** The part of {@code html} after {@code start} and before the next {@code end}. */
	static String between(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as("marker %s", start).isNotNegative();
		int to = html.indexOf(end, from + start.length());
		assertThat(to).as("marker %s", end).isNotNegative();
		return html.substring(from + start.length(), to);
	}

	/** The text of an HTML snippet, tags removed and white space collapsed. */
	static String text(String html) {
		return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
	}

	/**
	 * The places of one level ({@code cities}, {@code districts}, {@code townships}) of
	 * the open-data download.
	 */
	static Map<String, Counted> openData(Http http, ObjectMapper json, String level) {
		JsonNode root = json.readTree(ok(http, "/open-data/places.json"));
		Map<String, Counted> places = new HashMap<>();
		for (JsonNode place : root.get(level)) {
			places.put(place.get("code").asString(),
					new Counted(place.get("code").asString(), place.get("name").asString(),
							place.get("nameEn").isNull() ? null : place.get("nameEn").asString(),
							place.get("programCount").asLong(), place.get("articleCount").asLong()));
		}
		return places;
	}

}
