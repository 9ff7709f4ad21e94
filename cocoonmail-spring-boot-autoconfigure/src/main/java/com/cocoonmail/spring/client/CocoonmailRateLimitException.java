package com.cocoonmail.spring.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Cocoonmail answered 429, or no local permit to send was granted within
 * {@code cocoonmail.rate-limit.timeout}.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailRateLimitException extends CocoonmailApiException {

	private final @Nullable Integer limit;

	private final @Nullable Integer remaining;

	private final boolean local;

	/**
	 * Create an exception for a 429 answer.
	 * @param message the exception message
	 * @param responseBody the raw answer body
	 * @param serverMessage the server's message, if any
	 * @param limit the {@code x-ratelimit-limit} header, if sent
	 * @param remaining the {@code x-ratelimit-remaining} header, if sent
	 * @param retryAfter how long the server asked to wait, if it said
	 */
	public CocoonmailRateLimitException(String message, String responseBody, @Nullable String serverMessage,
			@Nullable Integer limit, @Nullable Integer remaining, @Nullable Duration retryAfter) {
		this(message, responseBody, serverMessage, limit, remaining, retryAfter, true, false);
	}

	CocoonmailRateLimitException(String message, String responseBody, @Nullable String serverMessage,
			@Nullable Integer limit, @Nullable Integer remaining, @Nullable Duration retryAfter, boolean retryable) {
		this(message, responseBody, serverMessage, limit, remaining, retryAfter, retryable, false);
	}

	private CocoonmailRateLimitException(String message, String responseBody, @Nullable String serverMessage,
			@Nullable Integer limit, @Nullable Integer remaining, @Nullable Duration retryAfter, boolean retryable,
			boolean local) {
		super(message, 429, responseBody, serverMessage, retryAfter, retryable && !local);
		this.limit = limit;
		this.remaining = remaining;
		this.local = local;
	}

	/**
	 * Create an exception for a request that got no local permit in time. It was never
	 * sent.
	 * @param timeout the longest wait for a permit
	 * @return the exception
	 */
	public static CocoonmailRateLimitException permitTimeout(Duration timeout) {
		return new CocoonmailRateLimitException("No permit to call Cocoonmail within " + timeout
				+ " (cocoonmail.rate-limit.timeout): the request was not sent; lower the call rate or raise the timeout",
				"", null, null, null, null, false, true);
	}

	/**
	 * Return the team's limit per second as the server reported it.
	 * @return the limit, or {@code null}
	 */
	public @Nullable Integer limit() {
		return this.limit;
	}

	/**
	 * Return the requests left in the current window as the server reported them.
	 * @return the remaining requests, or {@code null}
	 */
	public @Nullable Integer remaining() {
		return this.remaining;
	}

	/**
	 * Whether the limit was hit locally (no permit in time) rather than by a 429 answer.
	 * @return whether the request was never sent
	 */
	public boolean isLocal() {
		return this.local;
	}

}
