package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@code cocoonmail.api-key} placeholder that nothing defines, such as
 * {@code ${COCOONMAIL_API_KEY}} with the variable unset.
 *
 * @author Cocoonmail Team
 */
class UnresolvableCocoonmailApiKeyFailureAnalyzer
		extends AbstractFailureAnalyzer<UnresolvableCocoonmailApiKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnresolvableCocoonmailApiKeyException cause) {
		String placeholder = cause.getPlaceholder();
		return new FailureAnalysis(
				"Property 'cocoonmail.api-key' refers to '${" + placeholder
						+ "}', but no environment variable or property '" + placeholder + "' is set.",
				"Set the " + placeholder + " environment variable to your Cocoonmail API key, or write "
						+ "'cocoonmail.api-key: ${" + placeholder + ":}' (with the trailing ':') so that the "
						+ "application starts without Cocoonmail while it is unset.",
				cause);
	}

}
