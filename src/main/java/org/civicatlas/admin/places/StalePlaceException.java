package org.civicatlas.admin.places;

/** Someone saved the place after the form was loaded; carries what is saved now. */
class StalePlaceException extends RuntimeException {

	private final PlaceView current;

	StalePlaceException(PlaceView current) {
		super("Place " + current.code() + " changed meanwhile");
		this.current = current;
	}

	PlaceView getCurrent() {
		return current;
	}

}
