package com.cocoonmail.spring.webhook;

/**
 * What the receiver made of one delivery, and the status it answers with.
 *
 * @author Cocoonmail Team
 */
enum WebhookOutcome {

	/**
	 * Accepted and published.
	 */
	ACCEPTED(204),

	/**
	 * A repeat of an accepted delivery: answered as a success, not published again.
	 */
	DUPLICATE(204),

	/**
	 * Missing or wrong {@code Authorization} header.
	 */
	UNAUTHORIZED(401),

	/**
	 * A reserved header is missing or unreadable.
	 */
	MALFORMED(400),

	/**
	 * {@code x-cocoon-event-datetime} is further from now than the tolerance.
	 */
	STALE(400),

	/**
	 * The body is larger than the limit.
	 */
	TOO_LARGE(413),

	/**
	 * The receipt could not be stored or a listener failed; Cocoonmail may deliver again.
	 */
	FAILED(500);

	private final int status;

	WebhookOutcome(int status) {
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
