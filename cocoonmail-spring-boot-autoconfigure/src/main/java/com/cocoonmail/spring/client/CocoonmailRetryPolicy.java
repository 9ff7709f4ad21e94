package com.cocoonmail.spring.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.util.Assert;

/**
 * When and how often a failed request is tried again. Reads are retried on 429, 5xx,
 * connection failures and timeouts; writes only on 429 and on failures where the request
 * provably never reached Cocoonmail, unless {@code retryNonIdempotent} is set. Waits grow
 * exponentially with jitter and are never shorter than a 429's {@code Retry-After}.
 *
 * @param maxAttempts the most attempts per call, the first included
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait between two attempts, unless the server asks for
 * more
 * @param retryNonIdempotent whether writes are also retried after a 5xx or a failure
 * where the request may have reached Cocoonmail
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public record CocoonmailRetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff,
		boolean retryNonIdempotent) {

	private static final Log logger = LogFactory.getLog(CocoonmailRetryPolicy.class);

	/**
	 * Create a policy.
	 * @param maxAttempts the most attempts per call, the first included
	 * @param initialBackoff the wait before the first retry
	 * @param maxBackoff the longest wait between two attempts
	 * @param retryNonIdempotent whether writes are also retried after a 5xx or a timeout
	 */
	public CocoonmailRetryPolicy {
		Assert.isTrue(maxAttempts >= 1, "maxAttempts must be at least 1");
		Assert.isTrue(!initialBackoff.isNegative(), "initialBackoff must not be negative");
		Assert.isTrue(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff must not be less than initialBackoff");
	}

	/**
	 * Return the default policy: 4 attempts, 500ms initial backoff, 30s at most, writes
	 * not retried after a 5xx.
	 * @return the default policy
	 */
	public static CocoonmailRetryPolicy defaults() {
		return new CocoonmailRetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), false);
	}

	/**
	 * Return a policy that never retries.
	 * @return the policy
	 */
	public static CocoonmailRetryPolicy none() {
		return new CocoonmailRetryPolicy(1, Duration.ZERO, Duration.ZERO, false);
	}

	/**
	 * Whether a call that failed this way may be tried again.
	 * @param failure the failure of the last attempt
	 * @param idempotent whether the call is a read, safe to repeat
	 * @return whether to retry
	 */
	public boolean shouldRetry(Throwable failure, boolean idempotent) {
		if (!(failure instanceof CocoonmailException exception) || !exception.isRetryable()) {
			return false;
		}
		if (exception instanceof CocoonmailRateLimitException) {
			return true;
		}
		if (exception instanceof CocoonmailTransportException transport && !transport.isRequestSent()) {
			return true;
		}
		return idempotent || this.retryNonIdempotent;
	}

	/**
	 * Return the wait before a retry: exponential from {@code initialBackoff}, capped at
	 * {@code maxBackoff}, with up to 50% jitter, and never shorter than the wait a 429
	 * asked for.
	 * @param retryIndex zero for the first retry
	 * @param failure the failure of the last attempt
	 * @return the wait
	 */
	public Duration backoff(long retryIndex, Throwable failure) {
		long initial = this.initialBackoff.toMillis();
		long exponential = (retryIndex >= 31) ? Long.MAX_VALUE : initial * (1L << retryIndex);
		long capped = Math.min(Math.max(exponential, initial), this.maxBackoff.toMillis());
		long jittered = capped - ThreadLocalRandom.current().nextLong(capped / 2 + 1);
		Duration wait = Duration.ofMillis(jittered);
		if (failure instanceof CocoonmailRateLimitException rateLimit && rateLimit.retryAfter() != null
				&& rateLimit.retryAfter().compareTo(wait) > 0) {
			return rateLimit.retryAfter();
		}
		return wait;
	}

	/**
	 * Return this policy as a Reactor {@link Retry} that fails with the last attempt's
	 * own exception once retries are exhausted or not allowed.
	 * @param operation the operation name, for log lines
	 * @param idempotent whether the call is a read, safe to repeat
	 * @return the retry specification
	 */
	public Retry toRetry(String operation, boolean idempotent) {
		return Retry.from((signals) -> signals.concatMap((signal) -> {
			Throwable failure = signal.failure();
			long retryIndex = signal.totalRetries();
			if (retryIndex + 1 >= this.maxAttempts || !shouldRetry(failure, idempotent)) {
				return Mono.error(failure);
			}
			Duration wait = backoff(retryIndex, failure);
			if (logger.isDebugEnabled()) {
				logger.debug("Retrying Cocoonmail " + operation + " in " + wait.toMillis() + "ms (attempt "
						+ (retryIndex + 2) + " of " + this.maxAttempts + ") after: " + failure.getMessage());
			}
			return Mono.delay(wait);
		}));
	}

}
