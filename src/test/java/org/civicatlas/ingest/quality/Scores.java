package org.civicatlas.ingest.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of one run (a set of pages through the pipeline), by measure name. */
final class Scores {

	private final Map<String, Count> counts = new LinkedHashMap<>();

	Count count(String measure) {
		return counts.computeIfAbsent(measure, m -> new Count());
	}

	/** True positives, how many the pipeline found, how many the gold has. */
	static final class Count {

		int truePositives;

		int found;

		int expected;

		void add(int truePositives, int found, int expected) {
			this.truePositives += truePositives;
			this.found += found;
			this.expected += expected;
		}

		double precision() {
			return found == 0 ? 0 : (double) truePositives / found;
		}

		double recall() {
			return expected == 0 ? 0 : (double) truePositives / expected;
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

}
