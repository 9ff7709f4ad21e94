package com.cocoonmail.spring.ratelimit;

/**
 * Judges from a request's answer the latest moment it can have reached Cocoonmail,
 * counted from when the store was asked for its permit (the permit's store time is later
 * than that): the answer time itself for the first {@code warmUp} answers (a cold
 * connection or a TLS handshake can delay arrival), then the answer time less the fastest
 * round trip seen. Only an arrival later than the margin the window already allows for
 * needs correcting in the store.
 *
 * @author Cocoonmail Team
 */
final class ArrivalEstimate {

	private final int warmUp;

	private final long marginNanos;

	private long answers;

	private long fastestRoundTrip = Long.MAX_VALUE;

	ArrivalEstimate(int warmUp, long marginNanos) {
		this.warmUp = warmUp;
		this.marginNanos = marginNanos;
	}

	/**
	 * Return how long after the store was asked the request can have arrived, when that
	 * is beyond the margin.
	 * @param requestedAt when the store was asked for the permit
	 * @param sentAt when the request was sent
	 * @param answeredAt when its answer came back, or it ended without one
	 * @return the latest arrival after {@code requestedAt}, or {@code 0} when within the
	 * margin
	 */
	synchronized long latestArrival(long requestedAt, long sentAt, long answeredAt) {
		long latest = (this.answers < this.warmUp) ? answeredAt : answeredAt - this.fastestRoundTrip;
		this.answers++;
		this.fastestRoundTrip = Math.min(this.fastestRoundTrip, answeredAt - sentAt);
		long sinceRequested = latest - requestedAt;
		return (sinceRequested > this.marginNanos) ? sinceRequested : 0;
	}

}
