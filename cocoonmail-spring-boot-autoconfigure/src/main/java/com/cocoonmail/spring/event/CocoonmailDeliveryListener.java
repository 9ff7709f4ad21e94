package com.cocoonmail.spring.event;

/**
 * Told of every outcome of the event bridge, for example to count them in metrics. Called
 * on the thread that learned the outcome; implementations must be fast and thread-safe.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public interface CocoonmailDeliveryListener {

	/**
	 * A listener that does nothing.
	 */
	CocoonmailDeliveryListener NONE = new CocoonmailDeliveryListener() {
	};

	/**
	 * Called when Cocoonmail accepted a request.
	 * @param kind the kind of request
	 */
	default void delivered(CocoonmailDeliveryKind kind) {
	}

	/**
	 * Called when a request finally failed.
	 * @param kind the kind of request
	 */
	default void failed(CocoonmailDeliveryKind kind) {
	}

	/**
	 * Called when a request was not stored because one with the same idempotency key was
	 * accepted within the dedupe window.
	 * @param kind the kind of request
	 * @since 0.2.0
	 */
	default void deduplicated(CocoonmailDeliveryKind kind) {
	}

	/**
	 * Called when a request is sent again whose earlier dispatcher died after sending it
	 * and before recording the answer: Cocoonmail may receive it twice.
	 * @param kind the kind of request
	 * @since 0.2.0
	 */
	default void possibleDuplicate(CocoonmailDeliveryKind kind) {
	}

}
