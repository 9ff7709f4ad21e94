package com.cocoonmail.spring.client;

import java.util.Arrays;

/**
 * Remembers when the last {@code limit} requests were let through, and tells how long the
 * next one must wait so that no window of the given length ever holds more than
 * {@code limit} of them. Also holds the pause every caller observes after a 429.
 *
 * @author Cocoonmail Team
 */
final class SlidingWindow {

	private final long[] slots;

	private final long windowNanos;

	private int oldest;

	private long pausedUntil;

	SlidingWindow(int limit, long windowNanos, long now) {
		this.slots = new long[limit];
		this.windowNanos = windowNanos;
		Arrays.fill(this.slots, now - windowNanos);
		this.pausedUntil = now;
	}

	/**
	 * Reserve the earliest slot for a request and return how long to wait for it, or
	 * {@code -1} (reserving nothing) when that is longer than {@code maxWaitNanos}.
	 * @param now the current {@link System#nanoTime()}
	 * @param maxWaitNanos the longest acceptable wait
	 * @return the wait in nanoseconds, or {@code -1}
	 */
	synchronized long reserve(long now, long maxWaitNanos) {
		long earliest = Math.max(now, Math.max(this.slots[this.oldest] + this.windowNanos, this.pausedUntil));
		long wait = earliest - now;
		if (wait > maxWaitNanos) {
			return -1;
		}
		this.slots[this.oldest] = earliest;
		this.oldest = (this.oldest + 1) % this.slots.length;
		return wait;
	}

	synchronized void pauseUntil(long until) {
		this.pausedUntil = Math.max(this.pausedUntil, until);
	}

}
