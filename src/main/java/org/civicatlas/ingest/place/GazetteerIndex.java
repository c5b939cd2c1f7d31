package org.civicatlas.ingest.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Zhejiang's divisions held in memory for matching: every place by code, its ancestors,
 * and the dictionary of the names it can be printed under. Building it costs a few
 * hundred milliseconds (mostly the automaton), so an import builds it once and shares it;
 * it is immutable.
 */
public final class GazetteerIndex {

	private static final String GAZETTEER = "db/gazetteer/";

	private final Map<String, Place> byCode;

	private final NameDictionary names;

	private GazetteerIndex(Map<String, Place> byCode, Map<String, List<String>> aliases) {
		this.byCode = byCode;
		this.names = new NameDictionary(byCode.values(), aliases);
	}

	/**
	 * The official gazetteer, from the CSV files under {@code db/gazetteer/} on the
	 * classpath.
	 */
	public static GazetteerIndex load() {
		List<Place> places = new ArrayList<>();
		places.addAll(read("cities.csv", row -> Place.city(row.get("code"), row.get("name"))));
		places.addAll(
				read("districts.csv", row -> Place.district(row.get("code"), row.get("name"), row.get("city_code"))));
		places.addAll(read("townships.csv",
				row -> Place.township(row.get("code"), row.get("name"), row.get("district_code"))));
		places.addAll(read("villages.csv",
				row -> Place.village(row.get("code"), row.get("short_name"), row.get("township_code"))));
		return of(places);
	}

	/**
	 * An index of the given places, e.g. a handful for a unit test. Every parent must be
	 * among them and one level above its child, so that a place's ancestors can always be
	 * walked.
	 */
	public static GazetteerIndex of(Collection<Place> places) {
		return of(places, Map.of());
	}

	/**
	 * An index that also knows other names of places, by code: the aliases and English
	 * names editors keep in the database, printed like official names.
	 */
	public static GazetteerIndex of(Collection<Place> places, Map<String, List<String>> aliases) {
		Map<String, Place> byCode = new HashMap<>();
		for (Place place : places) {
			if (byCode.putIfAbsent(place.code(), place) != null) {
				throw new IllegalArgumentException("Duplicate code " + place.code());
			}
		}
		for (Place place : places) {
			if (place.parentCode() != null) {
				Place parent = byCode.get(place.parentCode());
				if (parent == null || parent.level().ordinal() != place.level().ordinal() - 1) {
					throw new IllegalArgumentException("No " + place.level() + " parent " + place.parentCode() + " for "
							+ place.code() + " " + place.name());
				}
			}
		}
		return new GazetteerIndex(Map.copyOf(byCode), Map.copyOf(aliases));
	}

	private static List<Place> read(String file, Function<CSVRecord, Place> toPlace) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		InputStream in = GazetteerIndex.class.getClassLoader().getResourceAsStream(GAZETTEER + file);
		if (in == null) {
			throw new IllegalStateException("Gazetteer file " + GAZETTEER + file + " is not on the classpath");
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			return parser.stream().map(toPlace).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read gazetteer file " + GAZETTEER + file, ex);
		}
	}

	public Optional<Place> place(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/**
	 * The place itself or its ancestor at {@code level}; {@code null} when {@code level}
	 * is below it.
	 */
	Place ancestor(Place place, Place.Level level) {
		Place current = place;
		while (current != null && level.isAbove(current.level())) {
			current = byCode.get(current.parentCode());
		}
		return (current != null && current.level() == level) ? current : null;
	}

	/** Whether {@code place} lies inside {@code area} (strictly below it). */
	boolean isWithin(Place place, Place area) {
		return area.level().isAbove(place.level()) && area.equals(ancestor(place, area.level()));
	}

	NameDictionary names() {
		return names;
	}

}
