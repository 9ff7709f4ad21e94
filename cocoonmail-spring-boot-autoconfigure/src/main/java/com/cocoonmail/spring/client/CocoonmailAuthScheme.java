package com.cocoonmail.spring.client;

import org.springframework.http.HttpHeaders;

/**
 * How the API key is sent to Cocoonmail.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public enum CocoonmailAuthScheme {

	/**
	 * {@code Authorization: Bearer <key>}, as every Cocoonmail API reference page shows.
	 */
	BEARER {

		@Override
		void apply(HttpHeaders headers, String apiKey) {
			headers.setBearerAuth(apiKey);
		}

	},

	/**
	 * {@code X-COCOONMAIL-API_KEY: <key>}, as Cocoonmail's introduction shows once.
	 */
	HEADER {

		@Override
		void apply(HttpHeaders headers, String apiKey) {
			headers.set(API_KEY_HEADER, apiKey);
		}

	};

	/**
	 * Name of the header used by {@link #HEADER}.
	 */
	public static final String API_KEY_HEADER = "X-COCOONMAIL-API_KEY";

	abstract void apply(HttpHeaders headers, String apiKey);

}
