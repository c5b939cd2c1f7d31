package org.civicatlas.program.admin;

import org.civicatlas.editing.StaleEditException;
import org.civicatlas.editing.TextFields;
import org.civicatlas.place.CityRepository;
import org.civicatlas.place.DistrictRepository;
import org.civicatlas.place.TownshipRepository;
import org.civicatlas.program.Program;
import org.civicatlas.program.ProgramRepository;
import org.civicatlas.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, saves and deletes programs from checked forms, one transaction each. */
@Service
class ProgramEditor {

	private final ProgramRepository programs;

	private final CityRepository cities;

	private final DistrictRepository districts;

	private final TownshipRepository townships;

	ProgramEditor(ProgramRepository programs, CityRepository cities, DistrictRepository districts,
			TownshipRepository townships) {
		this.programs = programs;
		this.cities = cities;
		this.districts = districts;
		this.townships = townships;
	}

	@Transactional
	long create(ProgramForm form) {
		Program program = new Program(form.name().strip(), form.status());
		apply(program, form);
		return programs.save(program).getId();
	}

	@Transactional
	void update(long id, ProgramForm form) {
		Program program = find(id);
		StaleEditException.check("Program " + id, form.version(), program.getVersion());
		apply(program, form);
		program.changeStatus(form.status());
	}

	/**
	 * Deletes the program: its article links and subtypes go with it, its figures keep
	 * their article. The caller refuses first when programs were merged into it, as their
	 * addresses redirect here.
	 */
	@Transactional
	void delete(long id, long version) {
		Program program = find(id);
		StaleEditException.check("Program " + id, version, program.getVersion());
		programs.delete(program);
	}

	private void apply(Program program, ProgramForm form) {
		program.revise(form.name().strip(), form.aliasList(), TextFields.trimToNull(form.description()));
		program.nameInEnglish(TextFields.trimToNull(form.nameEn()));
		program.locate(form.cityCode() == null ? null : cities.getReferenceById(form.cityCode()),
				form.districtCode() == null ? null : districts.getReferenceById(form.districtCode()),
				form.townshipCode() == null ? null : townships.getReferenceById(form.townshipCode()),
				TextFields.trimToNull(form.villageName()));
		program.classify(form.subtypeKeys());
	}

	private Program find(long id) {
		return programs.findById(id).orElseThrow(() -> new NotFoundException("Program " + id));
	}

}
