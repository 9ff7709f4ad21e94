package com.cocoonmail.emulator;

/**
 * A token bucket of {@code limit} tokens refilled at {@code limit} per second.
 *
 * @author Cocoonmail Team
 */
final class TokenBucketRateLimit implements EmulatorRateLimit {

	private final int limit;

	private double tokens;

	private long lastRefill = System.nanoTime();

	TokenBucketRateLimit(int limit) {
		this.limit = limit;
		this.tokens = limit;
	}

	@Override
	public Admission admit(long arrivalNanos) {
		long elapsed = Math.max(0, arrivalNanos - this.lastRefill);
		this.tokens = Math.min(this.limit, this.tokens + elapsed * (double) this.limit / SECOND);
		this.lastRefill = Math.max(this.lastRefill, arrivalNanos);
		if (this.tokens < 1) {
			return Admission.refuse(null);
		}
		this.tokens -= 1;
		return Admission.accept((int) this.tokens);
	}

	@Override
	public int limit() {
		return this.limit;
	}

	@Override
	public String description() {
		return "token bucket";
	}

}
