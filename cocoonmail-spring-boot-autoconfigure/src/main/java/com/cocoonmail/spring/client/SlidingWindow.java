package com.cocoonmail.spring.client;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Remembers when the last {@code limit} requests were let through, and tells how long the
 * next one must wait so that no window of the given length ever holds more than
 * {@code limit} of them. Also holds the pause every caller observes after a 429.
 * <p>
 * A request may reach the server well after it was let through (a new connection, a TLS
 * handshake), so when its answer comes back its slot is moved to the latest moment it can
 * have arrived: the answer time less the fastest round trip seen so far.
 *
 * @author Cocoonmail Team
 */
final class SlidingWindow {

	private final long[] slots;

	private final long[] tickets;

	private final long windowNanos;

	private long nextTicket;

	private long pausedUntil;

	private long fastestRoundTrip = Long.MAX_VALUE;

	SlidingWindow(int limit, long windowNanos, long now) {
		this.slots = new long[limit];
		this.tickets = new long[limit];
		this.windowNanos = windowNanos;
		Arrays.fill(this.slots, now - windowNanos);
		Arrays.fill(this.tickets, -1);
		this.pausedUntil = now;
	}

	/**
	 * Reserve the earliest slot for a request, or nothing when the wait for it is longer
	 * than {@code maxWaitNanos}.
	 * @param now the current {@link System#nanoTime()}
	 * @param maxWaitNanos the longest acceptable wait
	 * @return the reservation, or {@code null} if the wait would be too long
	 */
	synchronized @Nullable Reservation reserve(long now, long maxWaitNanos) {
		int index = (int) (this.nextTicket % this.slots.length);
		long earliest = Math.max(now, Math.max(this.slots[index] + this.windowNanos, this.pausedUntil));
		if (earliest - now > maxWaitNanos) {
			return null;
		}
		this.slots[index] = earliest;
		this.tickets[index] = this.nextTicket;
		return new Reservation(this.nextTicket++, earliest, earliest - now);
	}

	/**
	 * Record that the answer to a reserved request came back.
	 * @param reservation the reservation of the request
	 * @param now the current {@link System#nanoTime()}
	 */
	synchronized void answered(Reservation reservation, long now) {
		long knownFastest = (this.fastestRoundTrip != Long.MAX_VALUE) ? this.fastestRoundTrip : 0;
		int index = (int) (reservation.ticket() % this.slots.length);
		if (this.tickets[index] == reservation.ticket()) {
			this.slots[index] = Math.max(this.slots[index], now - knownFastest);
		}
		this.fastestRoundTrip = Math.min(this.fastestRoundTrip, now - reservation.sendAt());
	}

	synchronized void pauseUntil(long until) {
		this.pausedUntil = Math.max(this.pausedUntil, until);
	}

	/**
	 * A reserved slot.
	 *
	 * @param ticket the sequence number of the reservation
	 * @param sendAt when the request may be sent, in {@link System#nanoTime()}
	 * @param waitNanos how long to wait before sending
	 */
	record Reservation(long ticket, long sendAt, long waitNanos) {

	}

}
