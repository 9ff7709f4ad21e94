package com.cocoonmail.spring.webhook;

/**
 * The receiver's answer to one delivery: an outcome and a short text for the sender.
 *
 * @param outcome what the receiver made of the delivery
 * @param message the text of the answer, empty for a success
 * @author Cocoonmail Team
 */
record WebhookAnswer(WebhookOutcome outcome, String message) {

	int status() {
		return this.outcome.status();
	}

	boolean hasMessage() {
		return !this.message.isEmpty();
	}

}
