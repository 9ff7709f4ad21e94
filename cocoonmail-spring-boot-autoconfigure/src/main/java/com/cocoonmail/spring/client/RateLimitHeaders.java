package com.cocoonmail.spring.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The rate-limit headers of one response, parsed once: {@code x-ratelimit-limit},
 * {@code x-ratelimit-remaining}, and the wait the server asked for as {@code Retry-After}
 * (seconds or an HTTP date) or else {@code X-RateLimit-Reset} (epoch seconds). Waits are
 * never negative and are capped at {@link #LONGEST_WAIT}, so that an absurd value cannot
 * overflow any arithmetic on it.
 *
 * @param limit the team's limit per second, if sent
 * @param remaining the requests left in the current window, if sent
 * @param retryAfter how long the server asked to wait, if it said
 * @author Cocoonmail Team
 */
record RateLimitHeaders(@Nullable Integer limit, @Nullable Integer remaining, @Nullable Duration retryAfter) {

	static final String LIMIT = "x-ratelimit-limit";

	static final String REMAINING = "x-ratelimit-remaining";

	static final String RESET = "X-RateLimit-Reset";

	/**
	 * The longest wait a header is taken to ask for.
	 */
	static final Duration LONGEST_WAIT = Duration.ofDays(365);

	private static final long LONGEST_WAIT_SECONDS = LONGEST_WAIT.toSeconds();

	static RateLimitHeaders of(HttpHeaders headers) {
		return new RateLimitHeaders(integer(headers.getFirst(LIMIT)), integer(headers.getFirst(REMAINING)),
				wait(headers));
	}

	private static @Nullable Duration wait(HttpHeaders headers) {
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter != null) {
			Long seconds = seconds(retryAfter);
			return (seconds != null) ? ofSeconds(seconds) : untilDate(headers);
		}
		Long reset = seconds(headers.getFirst(RESET));
		if (reset != null) {
			long now = Instant.now().getEpochSecond();
			return ofSeconds((reset > now) ? reset - now : 0);
		}
		return null;
	}

	private static @Nullable Duration untilDate(HttpHeaders headers) {
		try {
			ZonedDateTime at = headers.getFirstZonedDateTime(HttpHeaders.RETRY_AFTER);
			if (at == null) {
				return null;
			}
			Duration wait = Duration.between(Instant.now(), at.toInstant());
			return wait.isNegative() ? Duration.ZERO : min(wait);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Duration ofSeconds(long seconds) {
		return Duration.ofSeconds(Math.min(Math.max(seconds, 0), LONGEST_WAIT_SECONDS));
	}

	private static Duration min(Duration wait) {
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

	private static @Nullable Long seconds(@Nullable String value) {
		String digits = (value != null) ? value.trim() : "";
		if (digits.isEmpty() || !digits.chars().allMatch((character) -> character >= '0' && character <= '9')) {
			return null;
		}
		return (digits.length() > 18) ? Long.MAX_VALUE : Long.parseLong(digits);
	}

	private static @Nullable Integer integer(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
