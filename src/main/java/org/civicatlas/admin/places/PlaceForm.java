package org.civicatlas.admin.places;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

/** The editable part of a place: its English name and other spellings, one per line. */
record PlaceForm(@Size(max = 80, message = "{admin.places.nameEn.tooLong}") String nameEn,
		@Size(max = 2000, message = "{admin.places.aliases.tooLong}") String aliases, long version) {

	static final int MAX_ALIAS_LENGTH = 60;

	static PlaceForm of(PlaceView place) {
		return new PlaceForm(place.nameEn(), String.join("\n", place.aliases()), place.version());
	}

	/** Trimmed, blank lines and repeats dropped. */
	List<String> aliasList() {
		return aliases == null ? List.of()
				: Arrays.stream(aliases.split("\\R")).map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
	}

	/** Blank means "no English name". */
	String nameEnOrNull() {
		return nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
	}

}
