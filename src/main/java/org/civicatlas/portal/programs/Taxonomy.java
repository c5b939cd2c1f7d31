package org.civicatlas.portal.programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicatlas.portal.common.Localized;

/** The 13 public types and their subtypes (docs/program-types.md), in taxonomy order. */
record Taxonomy(List<Type> types, Map<String, Subtype> subtypes) {

	record Type(String key, String nameZh, String nameEn, List<Subtype> subtypes) {

		String name(Locale locale) {
			return Localized.name(nameZh, nameEn, locale);
		}

	}

	record Subtype(String key, String typeKey, String nameZh, String nameEn) {

		String name(Locale locale) {
			return Localized.name(nameZh, nameEn, locale);
		}

	}

	/**
	 * One row per subtype (types without subtypes have a null subtype key), ordered by
	 * type then subtype.
	 */
	record Row(String typeKey, String typeZh, String typeEn, String subtypeKey, String subtypeZh, String subtypeEn) {
	}

	static Taxonomy of(List<Row> rows) {
		Map<String, Type> types = new LinkedHashMap<>();
		Map<String, Subtype> subtypes = new LinkedHashMap<>();
		for (Row row : rows) {
			Type type = types.computeIfAbsent(row.typeKey(),
					key -> new Type(key, row.typeZh(), row.typeEn(), new ArrayList<>()));
			if (row.subtypeKey() != null) {
				Subtype subtype = new Subtype(row.subtypeKey(), row.typeKey(), row.subtypeZh(), row.subtypeEn());
				type.subtypes().add(subtype);
				subtypes.put(subtype.key(), subtype);
			}
		}
		return new Taxonomy(List.copyOf(types.values()), subtypes);
	}

	boolean hasType(String key) {
		return types.stream().anyMatch(type -> type.key().equals(key));
	}

	boolean hasSubtype(String key) {
		return subtypes.containsKey(key);
	}

	Type type(String key) {
		return types.stream().filter(type -> type.key().equals(key)).findFirst().orElseThrow();
	}

	Subtype subtype(String key) {
		return subtypes.get(key);
	}

}
