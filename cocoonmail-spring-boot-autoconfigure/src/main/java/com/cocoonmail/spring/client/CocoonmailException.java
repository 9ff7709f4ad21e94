package com.cocoonmail.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the Cocoonmail client raises. None of their messages ever
 * contains the API key.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailException extends RuntimeException {

	private final boolean retryable;

	/**
	 * Create an exception.
	 * @param message what went wrong
	 * @param cause the cause, if any
	 * @param retryable whether the same request may succeed when tried again
	 */
	public CocoonmailException(String message, @Nullable Throwable cause, boolean retryable) {
		super(message, cause);
		this.retryable = retryable;
	}

	/**
	 * Whether trying the same request again may succeed (a rate limit, a server error, a
	 * connection failure), as opposed to a problem only a change of the request can fix.
	 * @return whether a retry can help
	 */
	public boolean isRetryable() {
		return this.retryable;
	}

}
