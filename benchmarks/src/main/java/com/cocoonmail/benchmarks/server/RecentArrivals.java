package com.cocoonmail.benchmarks.server;

import java.util.Arrays;

/**
 * The last {@link AdmissionPolicy#LIMIT} accepted arrivals, enough to tell how many fell
 * in the last second.
 *
 * @author Cocoonmail Team
 */
final class RecentArrivals {

	private final long[] times = new long[AdmissionPolicy.LIMIT];

	private int next;

	RecentArrivals(long origin) {
		Arrays.fill(this.times, origin - 2 * AdmissionPolicy.SECOND);
	}

	long oldest() {
		return this.times[this.next];
	}

	void add(long arrival) {
		this.times[this.next] = arrival;
		this.next = (this.next + 1) % this.times.length;
	}

	int countSince(long from) {
		int count = 0;
		for (long time : this.times) {
			if (time > from) {
				count++;
			}
		}
		return count;
	}

}
