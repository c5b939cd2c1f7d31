package org.civicatlas.program;

import java.util.List;

import org.civicatlas.system.CsvReferenceMigration;

import org.springframework.stereotype.Component;

/**
 * Loads the program-type taxonomy (types and subtypes with their cue words) from
 * db/reference.
 */
@Component
class ProgramTypesMigration extends CsvReferenceMigration {

	ProgramTypesMigration() {
		super("3", "program types",
				List.of(new Table("program_type", "db/reference/program-types.csv",
						List.of("key", "name_zh", "name_en", "position")),
						new Table("program_subtype", "db/reference/program-subtypes.csv",
								List.of("key", "type_key", "name_zh", "name_en", "cues", "position"))));
	}

}
