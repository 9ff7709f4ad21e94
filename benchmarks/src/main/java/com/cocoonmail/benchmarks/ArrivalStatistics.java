package com.cocoonmail.benchmarks;

import java.util.Arrays;

/**
 * Counts over sorted server-side arrival times, beyond the most in any window, which
 * {@link com.cocoonmail.emulator.CocoonmailEmulator#maxInAnyWindow} counts.
 *
 * @author Cocoonmail Team
 */
final class ArrivalStatistics {

	static final long SECOND = 1_000_000_000L;

	private ArrivalStatistics() {
	}

	/**
	 * Return the index of the first arrival that starts a window holding the most
	 * arrivals.
	 * @param sorted the arrival times, ascending
	 * @param windowNanos the length of the window
	 * @return the index, or {@code -1} when there are no arrivals
	 */
	static int densestWindow(long[] sorted, long windowNanos) {
		int densest = -1;
		int max = 0;
		int end = 0;
		for (int start = 0; start < sorted.length; start++) {
			while (end < sorted.length && sorted[end] - sorted[start] < windowNanos) {
				end++;
			}
			if (end - start > max) {
				max = end - start;
				densest = start;
			}
		}
		return densest;
	}

	/**
	 * Return the arrivals from a given time on.
	 * @param sorted the arrival times, ascending
	 * @param from the first time to keep
	 * @return the later arrivals
	 */
	static long[] from(long[] sorted, long from) {
		return Arrays.stream(sorted).filter((arrival) -> arrival >= from).toArray();
	}

	/**
	 * Return how many arrivals fall in {@code [from, to)}.
	 * @param sorted the arrival times, ascending
	 * @param from the start, inclusive
	 * @param to the end, exclusive
	 * @return the count
	 */
	static int countBetween(long[] sorted, long from, long to) {
		int count = 0;
		for (long arrival : sorted) {
			if (arrival >= from && arrival < to) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Return the rate of arrivals in a window that starts one second after the first
	 * arrival, so that the burst a fresh limiter allows does not count.
	 * @param sorted the arrival times, ascending
	 * @param windowSeconds the length of the window
	 * @return the arrivals per second, or {@code NaN} when the arrivals do not cover the
	 * window
	 */
	static double sustainedRate(long[] sorted, int windowSeconds) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		long from = sorted[0] + SECOND;
		long to = from + windowSeconds * SECOND;
		if (sorted[sorted.length - 1] < to - SECOND / 5) {
			return Double.NaN;
		}
		return (double) countBetween(sorted, from, to) / windowSeconds;
	}

}
