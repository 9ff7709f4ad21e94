package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an invalid {@code cocoonmail.*} property value.
 *
 * @author Cocoonmail Team
 */
class InvalidCocoonmailPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCocoonmailPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCocoonmailPropertyException cause) {
		return new FailureAnalysis(
				"Invalid value '" + cause.getValue() + "' for property '" + cause.getProperty() + "': "
						+ cause.getRequirement() + ".",
				"Update '" + cause.getProperty() + "' in your configuration so that it " + cause.getRequirement() + ".",
				cause);
	}

}
