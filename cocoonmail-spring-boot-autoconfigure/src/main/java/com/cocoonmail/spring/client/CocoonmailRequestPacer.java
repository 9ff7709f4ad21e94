package com.cocoonmail.spring.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Paces the client's requests: every attempt, retries included, passes through
 * {@link #pace(Mono)} before it is sent, and every answer is reported back.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public interface CocoonmailRequestPacer {

	/**
	 * Return a publisher that subscribes to the given attempt only once a permit to send
	 * it was granted, or fails with {@link CocoonmailRateLimitException} when none is
	 * granted in time.
	 * @param <T> the type of the answer
	 * @param attempt one attempt at a request
	 * @return the paced attempt
	 */
	<T> Mono<T> pace(Mono<T> attempt);

	/**
	 * Called with every answer Cocoonmail gives.
	 * @param statusCode the HTTP status code
	 * @param remaining the {@code x-ratelimit-remaining} header, if sent
	 * @param retryAfter for a 429, how long the server asked to wait, if it said
	 */
	default void onAnswer(int statusCode, @Nullable Integer remaining, @Nullable Duration retryAfter) {
	}

	/**
	 * Return a pacer that sends every request at once.
	 * @return the pacer
	 */
	static CocoonmailRequestPacer unpaced() {
		return UnpacedRequestPacer.INSTANCE;
	}

}
