package com.cocoonmail.benchmarks;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of a set of durations.
 *
 * @author Cocoonmail Team
 */
final class Percentiles {

	private final long[] sorted;

	Percentiles(long[] values) {
		this.sorted = values.clone();
		Arrays.sort(this.sorted);
	}

	long percentile(double percent) {
		int rank = (int) Math.ceil(percent / 100 * this.sorted.length);
		return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, rank - 1))];
	}

	long max() {
		return this.sorted[this.sorted.length - 1];
	}

}
