package com.cocoonmail.emulator;

import java.util.Arrays;

/**
 * A strict sliding-window log: the last {@code limit} accepted arrivals tell whether the
 * limit was reached in the second before a request.
 *
 * @author Cocoonmail Team
 */
final class SlidingWindowRateLimit implements EmulatorRateLimit {

	private final long[] accepted;

	private int next;

	SlidingWindowRateLimit(int limit) {
		this.accepted = new long[limit];
		Arrays.fill(this.accepted, System.nanoTime() - 2 * SECOND);
	}

	@Override
	public Admission admit(long arrivalNanos) {
		long windowStart = arrivalNanos - SECOND;
		long oldest = this.accepted[this.next];
		if (oldest > windowStart) {
			return Admission.refuse((int) ((oldest - windowStart + SECOND - 1) / SECOND));
		}
		this.accepted[this.next] = arrivalNanos;
		this.next = (this.next + 1) % this.accepted.length;
		int inWindow = 0;
		for (long time : this.accepted) {
			if (time > windowStart) {
				inWindow++;
			}
		}
		return Admission.accept(limit() - inWindow);
	}

	@Override
	public int limit() {
		return this.accepted.length;
	}

	@Override
	public String description() {
		return "sliding window";
	}

}
