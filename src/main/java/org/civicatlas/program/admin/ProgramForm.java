package org.civicatlas.program.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civicatlas.editing.MergeableForm;
import org.civicatlas.editing.TextFields;
import org.civicatlas.editing.ThreeWayMerge;
import org.civicatlas.system.PublicationStatus;

/**
 * The program form: aliases one per line, the primary subtype and the secondary ones,
 * where it runs. The version is empty for a new program. Keys, places and status are
 * checked by {@link ProgramRules}.
 */
record ProgramForm(
		@NotBlank(message = "{editing.program.name.required}") @Size(max = 200, message = "{editing.size}") String name,
		@Size(max = 200, message = "{editing.size}") String nameEn,
		@Size(max = 4_000, message = "{editing.size}") String aliases,
		@NotBlank(message = "{editing.program.primary.required}") String primarySubtype, List<String> secondarySubtypes,
		String cityCode, String districtCode, String townshipCode,
		@Size(max = 100, message = "{editing.size}") String villageName,
		@Size(max = 5_000, message = "{editing.size}") String description,
		@NotNull(message = "{editing.status.required}") PublicationStatus status,
		Long version) implements MergeableForm<ProgramForm>, Serializable {

	ProgramForm {
		cityCode = TextFields.trimToNull(cityCode);
		districtCode = TextFields.trimToNull(districtCode);
		townshipCode = TextFields.trimToNull(townshipCode);
		secondarySubtypes = secondarySubtypes == null ? List.of() : List.copyOf(secondarySubtypes);
	}

	static ProgramForm empty() {
		return new ProgramForm(null, null, null, null, null, null, null, null, null, null, PublicationStatus.PUBLISHED,
				null);
	}

	/** Aliases as saved: distinct, without the name itself. */
	List<String> aliasList() {
		return TextFields.lines(aliases).stream().distinct().filter(alias -> !alias.equals(strip(name))).toList();
	}

	/** Subtype keys, the primary first. */
	List<String> subtypeKeys() {
		List<String> keys = new ArrayList<>();
		keys.add(primarySubtype.strip());
		secondarySubtypes.stream().filter(key -> !keys.contains(key)).forEach(keys::add);
		return keys;
	}

	/**
	 * The conflict view's form: this editor's value where they changed a field since
	 * their base, the stored one ({@code theirs}) elsewhere, at the stored version.
	 */
	@Override
	public ProgramForm resubmission(ProgramForm theirs, ThreeWayMerge merge) {
		return new ProgramForm(merge.pick("editing.program.name", name, theirs.name),
				merge.pick("editing.program.nameEn", nameEn, theirs.nameEn),
				merge.pick("editing.program.aliases", aliases, theirs.aliases),
				merge.pick("editing.program.primary", primarySubtype, theirs.primarySubtype),
				merge.pick("editing.program.secondary", secondarySubtypes, theirs.secondarySubtypes),
				merge.pick("editing.place.city", cityCode, theirs.cityCode),
				merge.pick("editing.place.district", districtCode, theirs.districtCode),
				merge.pick("editing.place.township", townshipCode, theirs.townshipCode),
				merge.pick("editing.program.village", villageName, theirs.villageName),
				merge.pick("editing.program.description", description, theirs.description),
				merge.pick("editing.status", status, theirs.status), theirs.version);
	}

	/**
	 * The fields as the conflict view compares them, by label key, normalised as they
	 * would be saved.
	 */
	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("editing.program.name", strip(name));
		fields.put("editing.program.nameEn", TextFields.trimToNull(nameEn));
		fields.put("editing.program.aliases", TextFields.joinLines(aliasList()));
		fields.put("editing.program.primary", strip(primarySubtype));
		fields.put("editing.program.secondary", TextFields.joinWords(secondarySubtypes));
		fields.put("editing.place.city", cityCode);
		fields.put("editing.place.district", districtCode);
		fields.put("editing.place.township", townshipCode);
		fields.put("editing.program.village", TextFields.trimToNull(villageName));
		fields.put("editing.program.description", TextFields.trimToNull(description));
		fields.put("editing.status", status == null ? null : status.name());
		return fields;
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

}
