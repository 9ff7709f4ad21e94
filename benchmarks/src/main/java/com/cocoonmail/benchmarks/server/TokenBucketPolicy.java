package com.cocoonmail.benchmarks.server;

/**
 * A token bucket of 10 tokens refilled at 10 per second; a refusal carries no
 * {@code Retry-After}, as many token-bucket limiters do.
 *
 * @author Cocoonmail Team
 */
public final class TokenBucketPolicy implements AdmissionPolicy {

	private double tokens = LIMIT;

	private long lastRefill = System.nanoTime();

	@Override
	public Admission admit(long arrivalNanos) {
		long elapsed = Math.max(0, arrivalNanos - this.lastRefill);
		this.tokens = Math.min(LIMIT, this.tokens + elapsed * (double) LIMIT / SECOND);
		this.lastRefill = Math.max(this.lastRefill, arrivalNanos);
		if (this.tokens < 1) {
			return Admission.refuse(null);
		}
		this.tokens -= 1;
		return Admission.accept((int) this.tokens);
	}

	@Override
	public String description() {
		return "token bucket";
	}

}
