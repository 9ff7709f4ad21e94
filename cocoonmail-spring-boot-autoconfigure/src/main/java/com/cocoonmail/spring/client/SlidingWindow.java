package com.cocoonmail.spring.client;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Keeps no more than {@code limit} requests in any window of the given length, as the
 * server sees them. Every request reserves a send time ({@link #reserve}), confirms it
 * when it is about to leave ({@link #confirm}) and reports its answer
 * ({@link #answered}):
 * <ul>
 * <li>a reservation is at least one window after the request {@code limit} places
 * earlier, and after any pause a 429 asked for;</li>
 * <li>the confirmation checks that again against when that earlier request really left,
 * since a timer may fire late, and records when this one leaves;</li>
 * <li>the answer moves this request's time to the latest moment it can have reached the
 * server: the answer time itself for the first {@code limit} answers (a cold connection
 * or TLS handshake can delay arrival), then the answer time less the fastest round trip
 * seen.</li>
 * </ul>
 *
 * @author Cocoonmail Team
 */
final class SlidingWindow {

	private final int limit;

	private final long windowNanos;

	private final long[] scheduled;

	private final long[] departed;

	private final long[] departedTicket;

	private long nextTicket;

	private long pausedUntil;

	private long answers;

	private long fastestRoundTrip = Long.MAX_VALUE;

	SlidingWindow(int limit, long windowNanos, long now) {
		this.limit = limit;
		this.windowNanos = windowNanos;
		this.scheduled = new long[limit];
		this.departed = new long[limit];
		this.departedTicket = new long[limit];
		Arrays.fill(this.scheduled, now - windowNanos);
		Arrays.fill(this.departed, now - windowNanos);
		Arrays.fill(this.departedTicket, -1);
		this.pausedUntil = now;
	}

	/**
	 * Reserve the earliest send time for a request, or nothing when the wait for it is
	 * longer than {@code maxWaitNanos}.
	 * @param now the current {@link System#nanoTime()}
	 * @param maxWaitNanos the longest acceptable wait
	 * @return the reservation, or {@code null} if the wait would be too long
	 */
	synchronized @Nullable Reservation reserve(long now, long maxWaitNanos) {
		int index = index(this.nextTicket);
		long earliest = Math.max(now,
				Math.max(Math.max(this.scheduled[index], this.departed[index]) + this.windowNanos, this.pausedUntil));
		if (earliest - now > maxWaitNanos) {
			return null;
		}
		this.scheduled[index] = earliest;
		return new Reservation(this.nextTicket++, earliest - now);
	}

	/**
	 * Confirm that a request may leave now.
	 * @param reservation the request's reservation
	 * @param now the current {@link System#nanoTime()}
	 * @return {@code 0} when the request may leave (it is recorded as leaving now), else
	 * how many more nanoseconds it must wait before confirming again
	 */
	synchronized long confirm(Reservation reservation, long now) {
		int index = index(reservation.ticket());
		long earliest = Math.max(this.pausedUntil, (this.departedTicket[index] < reservation.ticket())
				? this.departed[index] + this.windowNanos : Long.MIN_VALUE);
		if (now < earliest) {
			return earliest - now;
		}
		if (this.departedTicket[index] < reservation.ticket()) {
			this.departed[index] = now;
			this.departedTicket[index] = reservation.ticket();
		}
		reservation.departedAt = now;
		return 0;
	}

	/**
	 * Record that the answer to a request came back, or that it ended without one.
	 * @param reservation the request's reservation
	 * @param now the current {@link System#nanoTime()}
	 */
	synchronized void answered(Reservation reservation, long now) {
		if (reservation.departedAt == Long.MIN_VALUE) {
			return;
		}
		long roundTrip = now - reservation.departedAt;
		long latestArrival = (this.answers < this.limit) ? now : now - this.fastestRoundTrip;
		int index = index(reservation.ticket());
		if (this.departedTicket[index] == reservation.ticket()) {
			this.departed[index] = Math.max(this.departed[index], latestArrival);
		}
		this.answers++;
		this.fastestRoundTrip = Math.min(this.fastestRoundTrip, roundTrip);
	}

	synchronized void pauseUntil(long until) {
		this.pausedUntil = Math.max(this.pausedUntil, until);
	}

	private int index(long ticket) {
		return (int) (ticket % this.limit);
	}

	/**
	 * A reserved send time.
	 */
	static final class Reservation {

		private final long ticket;

		private final long waitNanos;

		private long departedAt = Long.MIN_VALUE;

		Reservation(long ticket, long waitNanos) {
			this.ticket = ticket;
			this.waitNanos = waitNanos;
		}

		long ticket() {
			return this.ticket;
		}

		long waitNanos() {
			return this.waitNanos;
		}

	}

}
