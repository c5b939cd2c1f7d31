package org.civicatlas.portal.search;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of records a search finds, in the order the results page shows them. */
enum Kind {

	PLACES("places"), PROGRAMS("programs"), ARTICLES("articles");

	private final String key;

	Kind(String key) {
		this.key = key;
	}

	/** The value of the {@code kind} parameter. */
	public String key() {
		return key;
	}

	static Optional<Kind> fromKey(String key) {
		return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
	}

}
