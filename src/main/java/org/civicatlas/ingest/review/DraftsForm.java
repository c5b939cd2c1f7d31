package org.civicatlas.ingest.review;

import jakarta.validation.constraints.NotNull;

/** Merging a draft into another one, on the page version the editor saw. */
record DraftsForm(@NotNull Long draft, @NotNull Long target, @NotNull Long version) {
}
