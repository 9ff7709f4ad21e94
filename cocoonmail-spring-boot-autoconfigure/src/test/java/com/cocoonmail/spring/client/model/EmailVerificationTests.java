package com.cocoonmail.spring.client.model;

import java.time.Instant;

import com.cocoonmail.spring.client.DocumentedExamples;
import com.cocoonmail.spring.client.TestJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmailVerification}.
 *
 * @author Cocoonmail Team
 */
class EmailVerificationTests {

	@Test
	void emailVerificationParsesDocumentedExampleWithMicroseconds() {
		DocumentedExamples.assertEmailVerification(
				TestJson.readData(TestJson.resource("verify-email-response.json"), EmailVerification.class));
	}

	@Test
	void emailVerificationAcceptsTimestampWithoutOffsetAndUnknownFields() {
		EmailVerification verification = TestJson
			.read("{ \"email\": \"a@example.com\", \"status\": \"risky\", \"score\": 0.4, "
					+ "\"checked_at\": \"2025-08-29T07:28:02\" }", EmailVerification.class);
		assertThat(verification.status()).isEqualTo("risky");
		assertThat(verification.checkedAt()).isEqualTo(Instant.parse("2025-08-29T07:28:02Z"));
	}

}
