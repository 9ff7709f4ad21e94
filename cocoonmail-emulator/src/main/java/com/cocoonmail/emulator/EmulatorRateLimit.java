package com.cocoonmail.emulator;

import org.jspecify.annotations.Nullable;

/**
 * How the emulator counts requests against Cocoonmail's per-team limit. Calls are
 * serialized by the emulator.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public interface EmulatorRateLimit {

	/**
	 * One second in nanoseconds.
	 */
	long SECOND = 1_000_000_000L;

	/**
	 * Decide on a request.
	 * @param arrivalNanos the {@link System#nanoTime()} the request arrived at
	 * @return the decision
	 */
	Admission admit(long arrivalNanos);

	/**
	 * Return the limit announced in {@code x-ratelimit-limit}.
	 * @return the requests per second
	 */
	int limit();

	/**
	 * Return a short description, such as {@code sliding window}.
	 * @return the description
	 */
	String description();

	/**
	 * Cocoonmail's limit as a strict sliding window: a request is refused when the limit
	 * was already reached in the second before it; a refusal carries {@code Retry-After}
	 * rounded up to whole seconds.
	 * @param perSecond the limit
	 * @return the policy
	 */
	static EmulatorRateLimit slidingWindow(int perSecond) {
		return new SlidingWindowRateLimit(perSecond);
	}

	/**
	 * A limit per fixed one-second window counted from the emulator's start; a refusal
	 * carries {@code Retry-After} until the next window.
	 * @param perSecond the limit
	 * @return the policy
	 */
	static EmulatorRateLimit fixedWindow(int perSecond) {
		return new FixedWindowRateLimit(perSecond);
	}

	/**
	 * A token bucket of {@code perSecond} tokens refilled at {@code perSecond} per
	 * second; a refusal carries no {@code Retry-After}, as many token buckets do.
	 * @param perSecond the limit
	 * @return the policy
	 */
	static EmulatorRateLimit tokenBucket(int perSecond) {
		return new TokenBucketRateLimit(perSecond);
	}

	/**
	 * No limit: every request is accepted, announcing a limit of 10.
	 * @return the policy
	 */
	static EmulatorRateLimit unlimited() {
		return new EmulatorRateLimit() {

			@Override
			public Admission admit(long arrivalNanos) {
				return Admission.accept(limit());
			}

			@Override
			public int limit() {
				return 10;
			}

			@Override
			public String description() {
				return "unlimited";
			}

		};
	}

	/**
	 * The decision on one request.
	 *
	 * @param accepted whether the request is within the limit
	 * @param remaining the {@code x-ratelimit-remaining} header
	 * @param retryAfterSeconds the {@code Retry-After} header of a refusal, if any
	 */
	record Admission(boolean accepted, int remaining, @Nullable Integer retryAfterSeconds) {

		/**
		 * Accept a request.
		 * @param remaining the requests left in the window
		 * @return the decision
		 */
		public static Admission accept(int remaining) {
			return new Admission(true, Math.max(0, remaining), null);
		}

		/**
		 * Refuse a request.
		 * @param retryAfterSeconds the {@code Retry-After}, or {@code null} for none
		 * @return the decision
		 */
		public static Admission refuse(@Nullable Integer retryAfterSeconds) {
			return new Admission(false, 0, retryAfterSeconds);
		}

	}

}
