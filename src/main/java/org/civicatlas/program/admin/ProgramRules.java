package org.civicatlas.program.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civicatlas.editing.PlaceCheck;
import org.civicatlas.system.PublicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of a program beyond its fields' own constraints; a broken rule is a field
 * error.
 */
@Component
class ProgramRules {

	private static final int MAX_ALIAS_LENGTH = 200;

	private final PlaceCheck places;

	private final JdbcClient jdbc;

	ProgramRules(PlaceCheck places, JdbcClient jdbc) {
		this.places = places;
		this.jdbc = jdbc;
	}

	/**
	 * @param current the program's status now, null for a new program: drafts are
	 * published from the review queue, and a reviewed or new program is never a draft
	 */
	void check(ProgramForm form, PublicationStatus current, Errors errors) {
		places.check(form.cityCode(), form.districtCode(),
				form.townshipCode() == null ? List.of() : List.of(form.townshipCode()), "townshipCode", errors);
		if (form.aliasList().stream().anyMatch(alias -> alias.length() > MAX_ALIAS_LENGTH)) {
			errors.rejectValue("aliases", "program.aliasTooLong", new Object[] { MAX_ALIAS_LENGTH }, null);
		}
		checkSubtypes(form, errors);
		boolean wasDraft = current == PublicationStatus.DRAFT;
		if (form.status() != null && wasDraft != (form.status() == PublicationStatus.DRAFT)) {
			errors.rejectValue("status", wasDraft ? "program.draftStaysDraft" : "program.notDraft");
		}
	}

	private void checkSubtypes(ProgramForm form, Errors errors) {
		boolean hasPrimary = form.primarySubtype() != null && !form.primarySubtype().isBlank();
		List<String> keys = new ArrayList<>(form.secondarySubtypes());
		if (hasPrimary) {
			keys.add(form.primarySubtype());
		}
		Set<String> known = new HashSet<>(jdbc.sql("select key from program_subtype where key = any (:keys)")
			.param("keys", keys.toArray(String[]::new))
			.query(String.class)
			.list());
		if (hasPrimary && !known.contains(form.primarySubtype())) {
			errors.rejectValue("primarySubtype", "program.unknownSubtype");
		}
		if (!known.containsAll(form.secondarySubtypes())) {
			errors.rejectValue("secondarySubtypes", "program.unknownSubtype");
		}
		else if (form.primarySubtype() != null && form.secondarySubtypes().contains(form.primarySubtype())) {
			errors.rejectValue("secondarySubtypes", "program.primaryRepeated");
		}
	}

}
