package org.civicatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A village or community an article names, as printed; the code when the gazetteer knows
 * it.
 */
@Embeddable
public record ArticleVillage(@Column(name = "name", nullable = false, length = 100) String name,
		@Column(name = "village_code", length = 12) String villageCode) {
}
