package org.civicatlas.portal.programs;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.civicatlas.support.Http;

import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Fetches finder pages as a browser would and reads them. */
record FinderClient(Http http) {

	FinderHtml page(String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new FinderHtml(response.body());
	}

	long total(MultiValueMap<String, String> params) {
		List<String> pairs = new ArrayList<>();
		params.forEach((name, values) -> values.forEach(value -> pairs.add(name + "=" + encode(value))));
		return page("/programs?" + String.join("&", pairs)).total();
	}

	/** The program ids of every page, following the rel="next" links. */
	List<Long> allIds(String path) {
		List<Long> ids = new ArrayList<>();
		String next = path;
		while (next != null) {
			FinderHtml page = page(next);
			ids.addAll(page.programIds());
			next = page.rel("next");
		}
		return ids;
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
