package com.cocoonmail.spring.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A non-2xx answer from Cocoonmail.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailApiException extends CocoonmailException {

	private final int statusCode;

	private final Reason reason;

	private final String responseBody;

	private final @Nullable String serverMessage;

	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception for an answer.
	 * @param message the exception message
	 * @param statusCode the HTTP status code
	 * @param responseBody the raw answer body, empty when there was none
	 * @param serverMessage the {@code message} the server gave, if any
	 */
	public CocoonmailApiException(String message, int statusCode, String responseBody, @Nullable String serverMessage) {
		this(message, statusCode, responseBody, serverMessage, null, Reason.of(statusCode).isRetryable());
	}

	CocoonmailApiException(String message, int statusCode, String responseBody, @Nullable String serverMessage,
			@Nullable Duration retryAfter, boolean retryable) {
		super(message, null, retryable);
		this.statusCode = statusCode;
		this.reason = Reason.of(statusCode);
		this.responseBody = responseBody;
		this.serverMessage = serverMessage;
		this.retryAfter = retryAfter;
	}

	/**
	 * Return how long the server asked to wait before trying again ({@code Retry-After}
	 * or {@code X-RateLimit-Reset}).
	 * @return the wait, or {@code null} when the server did not say
	 * @since 0.2.0
	 */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * Return the HTTP status code of the answer.
	 * @return the status code
	 */
	public int statusCode() {
		return this.statusCode;
	}

	/**
	 * Return what the status code means.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	/**
	 * Return the raw body of the answer.
	 * @return the body, empty when there was none
	 */
	public String responseBody() {
		return this.responseBody;
	}

	/**
	 * Return the message the server gave in its body, if any.
	 * @return the server's message or {@code null}
	 */
	public @Nullable String serverMessage() {
		return this.serverMessage;
	}

	/**
	 * What a Cocoonmail status code means.
	 */
	public enum Reason {

		/**
		 * 400: the request was rejected as invalid.
		 */
		BAD_REQUEST(false),

		/**
		 * 401: the API key is missing or invalid.
		 */
		UNAUTHORIZED(false),

		/**
		 * 403: the key is temporarily blocked after too many bad requests.
		 */
		TEMPORARILY_BLOCKED(false),

		/**
		 * 406: the {@code Accept} header was missing.
		 */
		NOT_ACCEPTABLE(false),

		/**
		 * 404: the resource does not exist.
		 */
		NOT_FOUND(false),

		/**
		 * 409: the resource already exists.
		 */
		CONFLICT(false),

		/**
		 * 429: the team's rate limit was exceeded.
		 */
		RATE_LIMITED(true),

		/**
		 * 5xx: Cocoonmail failed.
		 */
		SERVER_ERROR(true),

		/**
		 * Any other status.
		 */
		OTHER(false);

		private final boolean retryable;

		Reason(boolean retryable) {
			this.retryable = retryable;
		}

		/**
		 * Whether a request failing for this reason may succeed when tried again.
		 * @return whether a retry can help
		 */
		public boolean isRetryable() {
			return this.retryable;
		}

		/**
		 * Return the reason for a status code.
		 * @param statusCode the HTTP status code
		 * @return the reason
		 */
		public static Reason of(int statusCode) {
			return switch (statusCode) {
				case 400 -> BAD_REQUEST;
				case 401 -> UNAUTHORIZED;
				case 403 -> TEMPORARILY_BLOCKED;
				case 404 -> NOT_FOUND;
				case 406 -> NOT_ACCEPTABLE;
				case 409 -> CONFLICT;
				case 429 -> RATE_LIMITED;
				default -> (statusCode >= 500 && statusCode <= 599) ? SERVER_ERROR : OTHER;
			};
		}

	}

}
