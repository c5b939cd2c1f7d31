package org.civicatlas.portal.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.civicatlas.system.BadRequestException;
import org.civicatlas.system.PublicCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The place and program-type filters that the articles and the figures pages share:
 * checking a value from the URL (a malformed or unknown one is a 400, never an empty page
 * that looks like an answer) and listing the choices of the filter form.
 */
@Component
public class BrowseFilters {

	private static final Pattern CODE = Pattern.compile("33[0-9]{2}([0-9]{2}([0-9]{3})?)?");

	private static final String PLACE = """
			select code, name, name_en from city where code = :code
			union all select code, name, name_en from district where code = :code
			union all select code, name, name_en from township where code = :code
			""";

	private static final String TYPES = "select key, name_zh, name_en from program_type order by position";

	// The cities and districts that published articles are about: what the place filter
	// offers (an
	// article's main place counts "this place only" in the tally kept at commit,
	// R__public_summaries.sql).
	private static final String PLACE_CHOICES = """
			select c.code as city_code, c.name as city_name, c.name_en as city_name_en,
			       d.code as district_code, d.name as district_name, d.name_en as district_name_en
			  from (select distinct left(t.scope, 4) as city_code,
			               case when length(t.scope) = 6 then t.scope end as district_code
			          from public_tally t
			         where t.facet = 'articles_self' and t.value = '' and t.n > 0 and length(t.scope) in (4, 6)) a
			  join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			 order by c.code, d.code nulls first
			""";

	/** A city of the place filter with its districts. */
	public record CityChoice(PlaceName city, List<PlaceName> districts) {
	}

	/**
	 * The choices of the place filter: the cities and districts that published articles
	 * are about.
	 */
	public record PlaceChoices(List<CityChoice> cities) {

		/**
		 * Whether the form lists the place; a township or a place without articles it
		 * adds on its own.
		 */
		public boolean lists(PlaceName place) {
			return cities.stream()
				.anyMatch(choice -> choice.city().code().equals(place.code())
						|| choice.districts().stream().anyMatch(district -> district.code().equals(place.code())));
		}

	}

	private final JdbcClient jdbc;

	private final PublicCache cache;

	BrowseFilters(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * A link to a filtered list: the path with the filters and the page (page 1 left out)
	 * as parameters.
	 */
	public static String href(String path, Map<String, String> filters, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		filters.forEach(uri::queryParam);
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	/**
	 * The condition that the published article {@code a} belongs to the place or a place
	 * below it (the rule of {@link PlaceMembership}), the code bound as {@code :place}.
	 */
	public static String articleIn(PlaceName place) {
		return PlaceMembership.article("a", PlaceMembership.within("ap", place.code(), "place"));
	}

	/**
	 * The place a code names; empty without a code; a 400 when the code is malformed or
	 * unknown.
	 */
	public Optional<PlaceName> place(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		if (!CODE.matcher(code).matches()) {
			throw new BadRequestException("malformed place code");
		}
		return Optional.of(cache.get(List.of(BrowseFilters.class, "place", code), () -> jdbc.sql(PLACE)
			.param("code", code)
			.query((rs, n) -> new PlaceName(rs.getString("code"), rs.getString("name"), rs.getString("name_en")))
			.optional()
			.orElseThrow(() -> new BadRequestException("unknown place code"))));
	}

	public List<TypeName> types() {
		return cache.get(List.of(BrowseFilters.class, "types"), () -> jdbc.sql(TYPES)
			.query((rs, n) -> new TypeName(rs.getString("key"), rs.getString("name_zh"), rs.getString("name_en")))
			.list());
	}

	/**
	 * The type a key names among {@code types}; empty without a key; a 400 for any other
	 * key.
	 */
	public static Optional<TypeName> type(String key, List<TypeName> types) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(types.stream()
			.filter(type -> type.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("unknown program type")));
	}

	public PlaceChoices placeChoices() {
		return cache.get(List.of(BrowseFilters.class, "placeChoices"), this::readPlaceChoices);
	}

	private PlaceChoices readPlaceChoices() {
		Map<String, CityChoice> cities = new LinkedHashMap<>();
		jdbc.sql(PLACE_CHOICES).query(rs -> {
			PlaceName city = new PlaceName(rs.getString("city_code"), rs.getString("city_name"),
					rs.getString("city_name_en"));
			CityChoice choice = cities.computeIfAbsent(city.code(), code -> new CityChoice(city, new ArrayList<>()));
			if (rs.getString("district_code") != null) {
				choice.districts()
					.add(new PlaceName(rs.getString("district_code"), rs.getString("district_name"),
							rs.getString("district_name_en")));
			}
		});
		return new PlaceChoices(List.copyOf(cities.values()));
	}

}
