package com.cocoonmail.spring.client;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a failure shows the API key nowhere: not in any message, string form,
 * response body or server message of it, its causes or what they suppressed.
 *
 * @author Cocoonmail Team
 */
public final class SecretAssertions {

	private SecretAssertions() {
	}

	/**
	 * Assert that the key appears nowhere in the failure's chain.
	 * @param failure the failure
	 * @param key the key
	 */
	public static void assertKeyAbsent(Throwable failure, String key) {
		for (Throwable ex = failure; ex != null; ex = (ex.getCause() != ex) ? ex.getCause() : null) {
			assertThat(String.valueOf(ex.getMessage())).doesNotContain(key);
			assertThat(String.valueOf(ex.getLocalizedMessage())).doesNotContain(key);
			assertThat(ex.toString()).doesNotContain(key);
			if (ex instanceof CocoonmailApiException apiException) {
				assertThat(apiException.responseBody()).doesNotContain(key);
				assertThat(String.valueOf(apiException.serverMessage())).doesNotContain(key);
			}
			for (Throwable suppressed : ex.getSuppressed()) {
				assertKeyAbsent(suppressed, key);
			}
		}
	}

}
