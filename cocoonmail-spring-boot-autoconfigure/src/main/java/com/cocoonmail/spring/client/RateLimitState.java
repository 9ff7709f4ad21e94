package com.cocoonmail.spring.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.cocoonmail.spring.client.model.Quota;
import org.jspecify.annotations.Nullable;

/**
 * What Cocoonmail last said about the team's rate limit and quotas: the
 * {@code x-ratelimit-*} headers of the last response that carried them, the
 * {@code Retry-After} of the last response, and the quotas last reported by a send or
 * usage response. Read by the health indicator and metrics.
 *
 * @param limit the team's limit per second, {@code null} until a response reported it
 * @param remaining the requests left in the current window, {@code null} until a response
 * reported it
 * @param retryAfter how long the last response asked to wait, {@code null} when it did
 * not ask
 * @param quotas the last reported quotas by name, empty until a response reported any
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record RateLimitState(@Nullable Integer limit, @Nullable Integer remaining, @Nullable Duration retryAfter,
		Map<String, Quota> quotas) {

	/**
	 * The state before any response was seen.
	 */
	public static final RateLimitState UNKNOWN = new RateLimitState(null, null, null, Map.of());

	/**
	 * Create a state.
	 * @param limit the team's limit per second, if known
	 * @param remaining the requests left in the current window, if known
	 * @param retryAfter how long the last response asked to wait, if it asked
	 * @param quotas the last reported quotas by name
	 */
	public RateLimitState {
		quotas = Map.copyOf(quotas);
	}

	/**
	 * Return the state after a response with these headers and quotas.
	 * @param headers the rate-limit headers of the response
	 * @param reported the quotas the response reported, empty if none
	 * @return the new state
	 */
	RateLimitState after(RateLimitHeaders headers, Map<String, Quota> reported) {
		Integer limit = (headers.limit() != null) ? headers.limit() : this.limit;
		Integer remaining = (headers.remaining() != null) ? headers.remaining() : this.remaining;
		if (reported.isEmpty() && Objects.equals(limit, this.limit) && Objects.equals(remaining, this.remaining)
				&& Objects.equals(headers.retryAfter(), this.retryAfter)) {
			return this;
		}
		Map<String, Quota> merged = this.quotas;
		if (!reported.isEmpty()) {
			Map<String, Quota> copy = new LinkedHashMap<>(this.quotas);
			copy.putAll(reported);
			merged = copy;
		}
		return new RateLimitState(limit, remaining, headers.retryAfter(), merged);
	}

}
