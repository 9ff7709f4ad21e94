package com.cocoonmail.spring.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The idempotency keys a memory outbox accepted within the dedupe window, forgotten once
 * the window has passed.
 *
 * @author Cocoonmail Team
 */
final class RecentKeys {

	private final Map<String, Instant> seen = new LinkedHashMap<>();

	private final Duration window;

	private final Clock clock;

	RecentKeys(Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Return whether the key was accepted within the window.
	 * @param key the key
	 * @return whether it is a repeat
	 */
	synchronized boolean isRepeat(String key) {
		forgetExpired();
		return this.seen.containsKey(key);
	}

	/**
	 * Remember an accepted key.
	 * @param key the key
	 */
	synchronized void accept(String key) {
		this.seen.put(key, this.clock.instant().plus(this.window));
	}

	private void forgetExpired() {
		Instant now = this.clock.instant();
		Iterator<Instant> expiries = this.seen.values().iterator();
		while (expiries.hasNext() && !expiries.next().isAfter(now)) {
			expiries.remove();
		}
	}

}
