package org.civicatlas.ingest.review;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A repair step on lines of the page: the chosen line numbers, the draft they go to when
 * the step needs one, and the page version the editor saw.
 */
record LinesForm(@NotEmpty List<Integer> lines, Long target, @NotNull Long version) {
}
