package org.civicatlas.portal.places;

/**
 * The colour classes of the map by number of programs. Fixed bounds rather than
 * quantiles, so that a colour means the same number on every visit and the legend can say
 * it plainly.
 */
enum Bucket {

	NONE(0, 0), FEW(1, 2), SOME(3, 5), MANY(6, 10), MOST(11, Long.MAX_VALUE);

	private final long min;

	private final long max;

	Bucket(long min, long max) {
		this.min = min;
		this.max = max;
	}

	static Bucket of(long programs) {
		Bucket found = NONE;
		for (Bucket bucket : values()) {
			if (programs >= bucket.min) {
				found = bucket;
			}
		}
		return found;
	}

	public long min() {
		return min;
	}

	public long max() {
		return max;
	}

	/** The legend's wording: a single number, a range, or "11 and more". */
	public String legendKey() {
		return this == NONE ? "places.map.legend.none"
				: this == MOST ? "places.map.legend.atLeast" : "places.map.legend.range";
	}

	/** The CSS class that colours tiles and legend swatches. */
	public String css() {
		return "bucket-" + name().toLowerCase();
	}

}
