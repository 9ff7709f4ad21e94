package com.cocoonmail.spring.ratelimit;

/**
 * Signals, inside the pacer, that a waiting call could not be served because the store
 * failed; never reaches a caller.
 *
 * @author Cocoonmail Team
 */
final class StoreUnreachableException extends RuntimeException {

	private final String failure;

	StoreUnreachableException(Throwable cause) {
		super(null, null, false, false);
		this.failure = cause.getClass().getSimpleName();
	}

	/**
	 * Return the type of the store's failure; never its message, which may name hosts or
	 * credentials of the store.
	 * @return the failure's type
	 */
	String failure() {
		return this.failure;
	}

}
