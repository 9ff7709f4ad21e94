package com.cocoonmail.benchmarks;

import java.net.URI;
import java.util.List;

import com.cocoonmail.spring.sends.SendsHttpApi;
import com.cocoonmail.spring.sends.SendsHttpResponse;

/**
 * Times {@code GET /api/sends} requests through {@link SendsHttpApi#list}, the call both
 * the WebFlux and the MVC routes make: the bearer token check, the query string parsed,
 * the store's count and page queries, and the JSON envelope written. Only the web
 * framework around it is left out.
 *
 * @author Cocoonmail Team
 */
final class SendsPageTimer {

	static final String PATH = "http://localhost/api/sends";

	private final SendsHttpApi api;

	private final String authorization;

	private int failed;

	SendsPageTimer(SendsHttpApi api, String token) {
		this.api = api;
		this.authorization = "Bearer " + token;
	}

	/**
	 * Send each query once, without timing.
	 * @param queries the raw query strings
	 */
	void warmUp(List<String> queries) {
		queries.forEach(this::get);
	}

	/**
	 * Send the queries in turn, round after round, until {@code count} have been sent.
	 * @param queries the raw query strings
	 * @param count how many requests to time
	 * @return the nanoseconds each took
	 */
	long[] time(List<String> queries, int count) {
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			String query = queries.get(i % queries.size());
			long start = System.nanoTime();
			get(query);
			nanos[i] = System.nanoTime() - start;
		}
		return nanos;
	}

	/**
	 * Return how many requests were not answered {@code 200}.
	 * @return the count
	 */
	int failed() {
		return this.failed;
	}

	String get(String query) {
		SendsHttpResponse response = this.api.list(URI.create(PATH + "?" + query), this.authorization);
		if (response.status() != 200 || response.body() == null) {
			this.failed++;
			return "";
		}
		return response.body();
	}

}
