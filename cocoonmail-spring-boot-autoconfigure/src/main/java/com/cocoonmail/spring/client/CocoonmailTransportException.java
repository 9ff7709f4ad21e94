package com.cocoonmail.spring.client;

/**
 * No answer from Cocoonmail: the connection failed or the answer did not come in time.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailTransportException extends CocoonmailException {

	private final boolean requestSent;

	/**
	 * Create an exception.
	 * @param message what went wrong
	 * @param cause the cause
	 * @param requestSent whether the request may have reached Cocoonmail
	 */
	public CocoonmailTransportException(String message, Throwable cause, boolean requestSent) {
		super(message, cause, true);
		this.requestSent = requestSent;
	}

	/**
	 * Whether the request may have reached Cocoonmail: {@code false} only when it
	 * provably did not (for example, the connection was refused).
	 * @return whether the request may have been received
	 */
	public boolean isRequestSent() {
		return this.requestSent;
	}

}
