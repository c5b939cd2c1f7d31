package org.civicatlas.portal.search;

/** A place's official Chinese name and, where the gazetteer has one, its English name. */
record PlaceName(String name, String nameEn) {

	static PlaceName of(String name, String nameEn) {
		return name == null ? null : new PlaceName(name, nameEn);
	}

}
