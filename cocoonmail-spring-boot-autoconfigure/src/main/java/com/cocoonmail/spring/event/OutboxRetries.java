package com.cocoonmail.spring.event;

import java.time.Duration;
import java.time.Instant;

import com.cocoonmail.spring.client.CocoonmailException;
import org.jspecify.annotations.Nullable;

/**
 * When a durable outbox tries a request again after the client's own retries gave up:
 * only after an error that a retry can help, up to a number of attempts, each wait four
 * times the one before, an hour at most.
 *
 * @param maxAttempts the most attempts, the first included
 * @param firstDelay the wait before the second attempt
 * @author Cocoonmail Team
 */
record OutboxRetries(int maxAttempts, Duration firstDelay) {

	private static final Duration LONGEST = Duration.ofHours(1);

	/**
	 * Never try again.
	 */
	static final OutboxRetries NONE = new OutboxRetries(1, Duration.ZERO);

	/**
	 * Return when to try again after a failed attempt.
	 * @param attempt the attempt that failed, from 1
	 * @param cause why it failed
	 * @param now the current time
	 * @return when to try again, or {@code null} if the failure is final
	 */
	@Nullable Instant next(int attempt, Throwable cause, Instant now) {
		if (attempt >= this.maxAttempts || !(cause instanceof CocoonmailException ex) || !ex.isRetryable()) {
			return null;
		}
		Duration delay = this.firstDelay;
		for (int i = 1; i < attempt && delay.compareTo(LONGEST) < 0; i++) {
			delay = delay.multipliedBy(4);
		}
		return now.plus((delay.compareTo(LONGEST) < 0) ? delay : LONGEST);
	}

}
