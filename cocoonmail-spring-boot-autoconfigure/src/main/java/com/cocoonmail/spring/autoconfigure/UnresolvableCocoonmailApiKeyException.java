package com.cocoonmail.spring.autoconfigure;

/**
 * {@code cocoonmail.api-key} refers to a placeholder, such as
 * {@code ${COCOONMAIL_API_KEY}}, that nothing defines.
 *
 * @author Cocoonmail Team
 */
class UnresolvableCocoonmailApiKeyException extends IllegalStateException {

	private final String placeholder;

	UnresolvableCocoonmailApiKeyException(String placeholder) {
		super("Could not resolve placeholder '" + placeholder + "' in property 'cocoonmail.api-key'");
		this.placeholder = placeholder;
	}

	String getPlaceholder() {
		return this.placeholder;
	}

}
