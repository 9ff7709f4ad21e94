package com.cocoonmail.benchmarks.server;

import java.util.Arrays;

/**
 * Server-side arrival times of the requests a loopback server accepted, up to a capacity,
 * and counts of every answer.
 *
 * @author Cocoonmail Team
 */
public final class ArrivalLog {

	private final long[] accepted;

	private int acceptedCount;

	private int refusedCount;

	ArrivalLog(int capacity) {
		this.accepted = new long[capacity];
	}

	synchronized void record(long arrivalNanos, boolean wasAccepted) {
		if (!wasAccepted) {
			this.refusedCount++;
			return;
		}
		if (this.acceptedCount < this.accepted.length) {
			this.accepted[this.acceptedCount] = arrivalNanos;
		}
		this.acceptedCount++;
	}

	/**
	 * Return the arrival times of the accepted requests, in order, as far as the capacity
	 * allowed.
	 * @return the {@link System#nanoTime()} of each accepted arrival
	 */
	public synchronized long[] acceptedArrivals() {
		return Arrays.copyOf(this.accepted, Math.min(this.acceptedCount, this.accepted.length));
	}

	/**
	 * Return how many requests were answered {@code 201}.
	 * @return the count
	 */
	public synchronized int accepted() {
		return this.acceptedCount;
	}

	/**
	 * Return how many requests were answered {@code 429}.
	 * @return the count
	 */
	public synchronized int refused() {
		return this.refusedCount;
	}

	/**
	 * Return how many requests arrived.
	 * @return the count
	 */
	public synchronized int total() {
		return this.acceptedCount + this.refusedCount;
	}

}
