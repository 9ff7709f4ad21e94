package com.cocoonmail.spring.webhook;

/**
 * Thrown while screening a delivery that is refused before its body is read.
 *
 * @author Cocoonmail Team
 */
final class WebhookRefusal extends RuntimeException {

	private final transient WebhookAnswer answer;

	private WebhookRefusal(WebhookOutcome outcome, String message) {
		super(message, null, false, false);
		this.answer = new WebhookAnswer(outcome, message);
	}

	static WebhookRefusal unauthorized() {
		return new WebhookRefusal(WebhookOutcome.UNAUTHORIZED, "Unauthorized");
	}

	static WebhookRefusal malformed(String message) {
		return new WebhookRefusal(WebhookOutcome.MALFORMED, message);
	}

	static WebhookRefusal stale(String message) {
		return new WebhookRefusal(WebhookOutcome.STALE, message);
	}

	static WebhookRefusal tooLarge(long maxBodySize) {
		return new WebhookRefusal(WebhookOutcome.TOO_LARGE, "Body larger than " + maxBodySize + " bytes");
	}

	WebhookAnswer answer() {
		return this.answer;
	}

}
