package org.civicatlas.program.admin;

import jakarta.validation.constraints.NotNull;

/** Which program to merge into, and the version of the program being merged. */
record MergeForm(@NotNull(message = "{editing.merge.target.required}") Long targetId,
		@NotNull(message = "{editing.version.required}") Long version) {
}
