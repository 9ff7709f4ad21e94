package com.cocoonmail.spring.ratelimit;

import com.cocoonmail.spring.client.CocoonmailRateLimitException;

/**
 * The shared budget's store could not be reached and
 * {@code cocoonmail.rate-limit.on-store-failure} is {@code fail}: the request was not
 * sent.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class CocoonmailRateLimitStoreException extends CocoonmailRateLimitException {

	private final String store;

	/**
	 * Create an exception.
	 * @param store the store's name
	 * @param failure what went wrong, named by its type only
	 */
	public CocoonmailRateLimitStoreException(String store, String failure) {
		super("The shared rate-limit store (" + store + ") cannot be reached (" + failure
				+ "): the request was not sent; cocoonmail.rate-limit.on-store-failure=local-share would pace locally instead",
				"", null, null, null, null);
		this.store = store;
	}

	/**
	 * Return the name of the store that cannot be reached.
	 * @return the store's name
	 */
	public String store() {
		return this.store;
	}

	@Override
	public boolean isLocal() {
		return true;
	}

	@Override
	public boolean isRetryable() {
		return false;
	}

}
