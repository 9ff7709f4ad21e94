package com.cocoonmail.spring.client;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Reads Cocoonmail's {@code x-ratelimit-*} headers.
 *
 * @author Cocoonmail Team
 */
final class RateLimitHeaders {

	static final String LIMIT = "x-ratelimit-limit";

	static final String REMAINING = "x-ratelimit-remaining";

	private RateLimitHeaders() {
	}

	static @Nullable Integer limit(HttpHeaders headers) {
		return intHeader(headers, LIMIT);
	}

	static @Nullable Integer remaining(HttpHeaders headers) {
		return intHeader(headers, REMAINING);
	}

	private static @Nullable Integer intHeader(HttpHeaders headers, String name) {
		String value = headers.getFirst(name);
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
