package com.cocoonmail.spring.client;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.util.Assert;

/**
 * When and how often a failed request is tried again. Reads are retried on 429, 5xx,
 * connection failures and timeouts; writes only on 429 and on failures where the request
 * provably never reached Cocoonmail, unless {@code retryNonIdempotent} is set. Waits grow
 * exponentially with jitter and never end before the {@code Retry-After} a response asked
 * for; a response asking for longer than {@code cocoonmail.rate-limit.timeout} is not
 * retried at all.
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
	 * Return this policy as a Reactor {@link Retry}: {@link Retry#backoff} from
	 * {@code initialBackoff} up to {@code maxBackoff} with 50% jitter, never sooner than
	 * the {@code Retry-After} a response asked for, failing with the last attempt's own
	 * exception once retries are exhausted or not allowed.
	 * @param idempotent whether the call is a read, safe to repeat
	 * @return the retry specification
	 */
	Retry toRetry(boolean idempotent) {
		if (this.maxAttempts == 1) {
			return Retry.max(0).onRetryExhaustedThrow((spec, signal) -> signal.failure());
		}
		return Retry.backoff(this.maxAttempts - 1, this.initialBackoff)
			.maxBackoff(this.maxBackoff)
			.jitter(0.5)
			.filter((failure) -> shouldRetry(failure, idempotent))
			.doBeforeRetryAsync((signal) -> serverAskedWait(signal.failure()))
			.doBeforeRetry((signal) -> {
				if (logger.isDebugEnabled()) {
					logger.debug("Retrying Cocoonmail (attempt " + (signal.totalRetries() + 2) + " of "
							+ this.maxAttempts + ") after: " + signal.failure().getMessage());
				}
			})
			.onRetryExhaustedThrow((spec, signal) -> signal.failure());
	}

	private static Mono<Void> serverAskedWait(Throwable failure) {
		if (failure instanceof CocoonmailApiException api && api.retryAfter() != null && !api.retryAfter().isZero()) {
			return Mono.delay(api.retryAfter()).then();
		}
		return Mono.empty();
	}

}
