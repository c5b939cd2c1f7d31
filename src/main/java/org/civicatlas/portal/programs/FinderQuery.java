package org.civicatlas.portal.programs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.civicatlas.system.BadRequestException;
import org.civicatlas.system.Paged;

import org.springframework.util.MultiValueMap;

/**
 * The finder's state. It is read from the query string and written back into every link
 * the page shows (chips, facet values, pages), so every state is a shareable URL and each
 * link is the canonical URL of its state. Changing a filter goes back to the first page.
 */
record FinderQuery(String q, List<String> types, List<String> subtypes, String place, boolean metrics, Sort sort,
		int page) {

	static final String PATH = "/programs";

	static final int PAGE_SIZE = 20;

	/**
	 * Longer than any program name or alias; a longer text is not a search but a mistake.
	 */
	static final int MAX_QUERY_LENGTH = 100;

	/**
	 * An official code of a city (4 digits), district (6) or township (9) of Zhejiang
	 * (33).
	 */
	private static final Pattern PLACE_CODE = Pattern.compile("33(?:[0-9]{2}|[0-9]{4}|[0-9]{7})");

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

	enum Sort {

		/** The default: the programs the newspaper wrote about most come first. */
		ARTICLES, METRICS, NAME, PLACE;

		// public for the templates
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Sort of(String key) {
			return Arrays.stream(values())
				.filter(sort -> sort.key().equals(key))
				.findFirst()
				.orElseThrow(() -> new BadRequestException("invalid parameter sort"));
		}

	}

	static final Sort DEFAULT_SORT = Sort.ARTICLES;

	FinderQuery {
		types = List.copyOf(types);
		subtypes = List.copyOf(subtypes);
	}

	/** Reads and checks the parameters; anything malformed or unknown is a 400. */
	static FinderQuery parse(MultiValueMap<String, String> params, Taxonomy taxonomy) {
		String q = single(params, "q");
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException("invalid parameter q");
		}
		String place = single(params, "place");
		if (place != null && !PLACE_CODE.matcher(place).matches()) {
			throw new BadRequestException("invalid parameter place");
		}
		String metrics = single(params, "metrics");
		if (metrics != null && !metrics.equals("yes")) {
			throw new BadRequestException("invalid parameter metrics");
		}
		String sort = single(params, "sort");
		return new FinderQuery(q, keys(params, "type", taxonomy::hasType),
				keys(params, "subtype", taxonomy::hasSubtype), place, metrics != null,
				sort == null ? DEFAULT_SORT : Sort.of(sort), page(params));
	}

	private static String single(MultiValueMap<String, String> params, String name) {
		List<String> values = params.getOrDefault(name, List.of());
		if (values.size() > 1) {
			throw new BadRequestException("invalid parameter " + name);
		}
		String value = values.isEmpty() ? null : values.get(0).strip();
		return value == null || value.isEmpty() ? null : value;
	}

	private static List<String> keys(MultiValueMap<String, String> params, String name, Predicate<String> known) {
		List<String> keys = params.getOrDefault(name, List.of()).stream().distinct().toList();
		if (!keys.stream().allMatch(known)) {
			throw new BadRequestException("invalid parameter " + name);
		}
		return keys;
	}

	private static int page(MultiValueMap<String, String> params) {
		List<String> values = params.getOrDefault("page", List.of());
		if (values.isEmpty()) {
			return 1;
		}
		if (values.size() > 1 || !DIGITS.matcher(values.get(0)).matches() || Integer.parseInt(values.get(0)) < 1) {
			throw new BadRequestException("invalid parameter page");
		}
		return Integer.parseInt(values.get(0));
	}

	boolean filtered() {
		return q != null || !types.isEmpty() || !subtypes.isEmpty() || place != null || metrics;
	}

	long offset() {
		return Paged.offset(page, PAGE_SIZE);
	}

	FinderQuery withoutQ() {
		return new FinderQuery(null, types, subtypes, place, metrics, sort, 1);
	}

	FinderQuery withoutType(String key) {
		return new FinderQuery(q, without(types, key), subtypes, place, metrics, sort, 1);
	}

	FinderQuery withoutSubtype(String key) {
		return new FinderQuery(q, types, without(subtypes, key), place, metrics, sort, 1);
	}

	FinderQuery withPlace(String code) {
		return new FinderQuery(q, types, subtypes, code, metrics, sort, 1);
	}

	FinderQuery withoutMetrics() {
		return new FinderQuery(q, types, subtypes, place, false, sort, 1);
	}

	FinderQuery withPage(int number) {
		return new FinderQuery(q, types, subtypes, place, metrics, sort, number);
	}

	/** The first page with no filter, keeping the sort order. */
	FinderQuery cleared() {
		return new FinderQuery(null, List.of(), List.of(), null, false, sort, 1);
	}

	private static List<String> without(List<String> values, String value) {
		return values.stream().filter(v -> !v.equals(value)).toList();
	}

	/**
	 * The canonical URL of this state: parameters in a fixed order, defaults left out.
	 */
	String href() {
		List<String> parts = new ArrayList<>();
		add(parts, "q", q);
		types.forEach(type -> add(parts, "type", type));
		subtypes.forEach(subtype -> add(parts, "subtype", subtype));
		add(parts, "place", place);
		add(parts, "metrics", metrics ? "yes" : null);
		add(parts, "sort", sort == DEFAULT_SORT ? null : sort.key());
		add(parts, "page", page == 1 ? null : String.valueOf(page));
		return parts.isEmpty() ? PATH : PATH + "?" + String.join("&", parts);
	}

	private static void add(List<String> parts, String name, String value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
