package com.cocoonmail.sample.emulator;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Cocoonmail's per-team limit as a sliding one-second window: a request is refused when
 * the limit was already reached in the last second.
 *
 * @author Cocoonmail Team
 */
class EmulatorRateLimit {

	private static final long WINDOW_NANOS = 1_000_000_000L;

	private final int limit;

	private final Deque<Long> accepted = new ArrayDeque<>();

	EmulatorRateLimit(int limit) {
		this.limit = limit;
	}

	/**
	 * Try to accept a request now.
	 * @return the requests remaining in the window after this one, or {@code -1} when the
	 * request is refused
	 */
	synchronized int tryAccept() {
		long now = System.nanoTime();
		while (!this.accepted.isEmpty() && now - this.accepted.peekFirst() >= WINDOW_NANOS) {
			this.accepted.pollFirst();
		}
		if (this.accepted.size() >= this.limit) {
			return -1;
		}
		this.accepted.addLast(now);
		return this.limit - this.accepted.size();
	}

	int limit() {
		return this.limit;
	}

}
