package com.cocoonmail.spring.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether the store is in use or the pacer has fallen back, and when to try the store
 * again: after a failure, once per probe interval, one call probes the store while the
 * others keep to the fallback.
 *
 * @author Cocoonmail Team
 */
final class StoreFailover {

	/**
	 * Where a call goes.
	 */
	enum Route {

		/**
		 * Ask the store.
		 */
		STORE,

		/**
		 * Probe the store first; the caller must report the outcome.
		 */
		PROBE,

		/**
		 * Use the fallback.
		 */
		FALLBACK

	}

	private final long probeIntervalNanos;

	private @Nullable Instant lostAt;

	private long lostAtNanos;

	private long nextProbeNanos;

	private boolean probing;

	StoreFailover(Duration probeInterval) {
		this.probeIntervalNanos = probeInterval.toNanos();
	}

	synchronized Route route(long now) {
		if (this.lostAt == null) {
			return Route.STORE;
		}
		if (!this.probing && now - this.nextProbeNanos >= 0) {
			this.probing = true;
			return Route.PROBE;
		}
		return Route.FALLBACK;
	}

	/**
	 * Record that the store failed.
	 * @param now the current {@link System#nanoTime()}
	 * @return whether this failure switched to the fallback
	 */
	synchronized boolean lost(long now) {
		this.probing = false;
		this.nextProbeNanos = now + this.probeIntervalNanos;
		if (this.lostAt != null) {
			return false;
		}
		this.lostAt = Instant.now();
		this.lostAtNanos = now;
		return true;
	}

	/**
	 * Record that a probe reached the store.
	 * @param now the current {@link System#nanoTime()}
	 * @return how long the store was lost, or {@code null} if it was not
	 */
	synchronized @Nullable Duration recovered(long now) {
		this.probing = false;
		if (this.lostAt == null) {
			return null;
		}
		this.lostAt = null;
		return Duration.ofNanos(now - this.lostAtNanos);
	}

	synchronized boolean isLost() {
		return this.lostAt != null;
	}

	synchronized @Nullable Instant lostAt() {
		return this.lostAt;
	}

}
