package org.civicatlas.portal.places;

/**
 * A place with how many published programs and articles it holds, itself or anywhere
 * below it.
 */
record CountedPlace(String code, Name name, String parentCode, long programs, long articles) {

	/**
	 * Whether anything has been reported here: what puts a township in the first list of
	 * its district.
	 */
	public boolean reported() {
		return programs > 0 || articles > 0;
	}

}
