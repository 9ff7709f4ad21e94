package com.cocoonmail.spring.client;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Keeps no more than {@code limit} requests in any window of the given length, as the
 * server sees them. Nothing is reserved ahead: a request asks {@link #tryDepart} when it
 * wants to leave and either leaves now or is told how long to wait, so a caller that
 * gives up while waiting holds nothing that others would wait for.
 * <ul>
 * <li>a request leaves at least one window after the request {@code limit} places
 * earlier, and after any pause a 429 asked for;</li>
 * <li>its answer ({@link #answered}) moves its time to the latest moment it can have
 * reached the server: the answer time itself for the first {@code limit} answers (a cold
 * connection or TLS handshake can delay arrival), then the answer time less the fastest
 * round trip seen.</li>
 * </ul>
 *
 * @author Cocoonmail Team
 */
final class SlidingWindow {

	/**
	 * Returned by {@link #tryDepart} when the window has room but the permit was refused.
	 */
	static final long PERMIT_REFUSED = -1;

	private final int limit;

	private final long windowNanos;

	private final long[] departed;

	private final long[] departedTicket;

	private long nextTicket;

	private long pausedUntil;

	private long answers;

	private long fastestRoundTrip = Long.MAX_VALUE;

	SlidingWindow(int limit, long windowNanos, long now) {
		this.limit = limit;
		this.windowNanos = windowNanos;
		this.departed = new long[limit];
		this.departedTicket = new long[limit];
		Arrays.fill(this.departed, now - windowNanos);
		Arrays.fill(this.departedTicket, -1);
		this.pausedUntil = now;
	}

	/**
	 * Let a request leave now if the window has room and {@code permit} grants it.
	 * @param now the current {@link System#nanoTime()}
	 * @param permit asked, only when the window has room, for the permit to leave
	 * @return a non-negative ticket when the request leaves now (pass it to
	 * {@link #answered}); else minus the nanoseconds to wait before asking again, or
	 * {@link #PERMIT_REFUSED}
	 */
	synchronized long tryDepart(long now, BooleanSupplier permit) {
		int index = index(this.nextTicket);
		long earliest = Math.max(this.departed[index] + this.windowNanos, this.pausedUntil);
		if (now < earliest) {
			return -Math.max(earliest - now, 2);
		}
		if (!permit.getAsBoolean()) {
			return PERMIT_REFUSED;
		}
		this.departed[index] = now;
		this.departedTicket[index] = this.nextTicket;
		return this.nextTicket++;
	}

	/**
	 * Record that the answer to a request came back, or that it ended without one.
	 * @param ticket the request's ticket
	 * @param departedAt when it left
	 * @param now the current {@link System#nanoTime()}
	 */
	synchronized void answered(long ticket, long departedAt, long now) {
		long roundTrip = now - departedAt;
		long latestArrival = (this.answers < this.limit) ? now : now - this.fastestRoundTrip;
		int index = index(ticket);
		if (this.departedTicket[index] == ticket) {
			this.departed[index] = Math.max(this.departed[index], latestArrival);
		}
		this.answers++;
		this.fastestRoundTrip = Math.min(this.fastestRoundTrip, roundTrip);
	}

	/**
	 * Let no request leave before the given time.
	 * @param until a {@link System#nanoTime()}
	 */
	synchronized void pauseUntil(long until) {
		this.pausedUntil = Math.max(this.pausedUntil, until);
	}

	private int index(long ticket) {
		return (int) (ticket % this.limit);
	}

}
