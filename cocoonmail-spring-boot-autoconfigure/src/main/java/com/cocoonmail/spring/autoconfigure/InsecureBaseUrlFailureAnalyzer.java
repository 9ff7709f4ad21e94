package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.InsecureBaseUrlException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a refused plain-http {@code cocoonmail.base-url}.
 *
 * @author Cocoonmail Team
 */
class InsecureBaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<InsecureBaseUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InsecureBaseUrlException cause) {
		return new FailureAnalysis("The Cocoonmail base URL '" + cause.getBaseUrl()
				+ "' uses plain http to a host other than loopback, so the API key would cross the network in clear text.",
				"Set 'cocoonmail.base-url' to an https URL (the default is https://webhook.cocoonmail.com); "
						+ "plain http is accepted only for localhost or 127.0.0.1, for a local emulator.",
				cause);
	}

}
