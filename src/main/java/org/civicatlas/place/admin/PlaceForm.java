package org.civicatlas.place.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.civicatlas.editing.MergeableForm;
import org.civicatlas.editing.TextFields;
import org.civicatlas.editing.ThreeWayMerge;

/** The editable part of a place: its English name and other spellings, one per line. */
record PlaceForm(@Size(max = 80, message = "{admin.places.nameEn.tooLong}") String nameEn,
		@Size(max = 2000, message = "{admin.places.aliases.tooLong}") String aliases,
		Long version) implements MergeableForm<PlaceForm> {

	static final int MAX_ALIAS_LENGTH = 60;

	static PlaceForm of(PlaceView place) {
		return new PlaceForm(place.nameEn(), TextFields.joinLines(place.aliases()), place.version());
	}

	/**
	 * The conflict view's form: this editor's value where they changed a field since
	 * their base, the stored one where they did not, at the stored version.
	 */
	@Override
	public PlaceForm resubmission(PlaceForm theirs, ThreeWayMerge merge) {
		return new PlaceForm(merge.pick("admin.field.name_en", nameEn, theirs.nameEn),
				merge.pick("admin.field.aliases", aliases, theirs.aliases), theirs.version);
	}

	/** Trimmed, blank lines and repeats dropped. */
	List<String> aliasList() {
		return TextFields.lines(aliases).stream().distinct().toList();
	}

	/** Blank means "no English name". */
	String nameEnOrNull() {
		return TextFields.trimToNull(nameEn);
	}

	/**
	 * The fields as the conflict view compares them, by label key, normalised as they
	 * would be saved.
	 */
	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.field.name_en", nameEnOrNull());
		fields.put("admin.field.aliases", TextFields.joinLines(aliasList()));
		return fields;
	}

}
