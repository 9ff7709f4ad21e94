package com.cocoonmail.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request as Cocoonmail received it.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the query parameters (first value of each)
 * @param headers the headers, names in lower case
 * @param body the body, empty when there is none
 * @param receivedAt when it arrived
 * @param nanoTime when it arrived, on {@link System#nanoTime()}'s clock
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record EmulatorRequest(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
		String body, Instant receivedAt, long nanoTime) {

	/**
	 * Create a request that arrives now.
	 * @param method the HTTP method
	 * @param path the path
	 * @param query the query parameters
	 * @param headers the headers
	 * @param body the body
	 * @return the request
	 */
	public static EmulatorRequest now(String method, String path, Map<String, String> query,
			Map<String, List<String>> headers, String body) {
		return new EmulatorRequest(method, path, Map.copyOf(query), Map.copyOf(headers), body, Instant.now(),
				System.nanoTime());
	}

	/**
	 * Return the first value of a header.
	 * @param name the name, in any case
	 * @return the value, or {@code null}
	 */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

}
