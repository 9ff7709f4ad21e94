package com.cocoonmail.spring.client;

/**
 * Removes the API key from text that may end up in a message or a log line.
 *
 * @author Cocoonmail Team
 */
final class SecretRedactor {

	static final String MASK = "******";

	private final String secret;

	SecretRedactor(String secret) {
		this.secret = secret;
	}

	String redact(String text) {
		if (this.secret.isEmpty() || !text.contains(this.secret)) {
			return text;
		}
		return text.replace(this.secret, MASK);
	}

}
