package com.cocoonmail.spring.client.model;

import java.time.Instant;

import com.cocoonmail.spring.client.CocoonmailJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmailVerification}.
 *
 * @author Cocoonmail Team
 */
class EmailVerificationTests {

	@Test
	void emailVerificationParsesDocumentedExampleWithMicroseconds() {
		JsonNode answer = CocoonmailJson.mapper()
			.readTree(
					"""
							{
							  "message": "Email successfully verified",
							  "data": { "email": "sourabh@inofinix.com", "status": "safe", "checked_at": "2025-08-29T07:28:02.043803Z" }
							}
							""");
		EmailVerification verification = CocoonmailJson.mapper()
			.treeToValue(answer.get("data"), EmailVerification.class);
		assertThat(verification.email()).isEqualTo("sourabh@inofinix.com");
		assertThat(verification.status()).isEqualTo("safe");
		assertThat(verification.checkedAt()).isEqualTo(Instant.parse("2025-08-29T07:28:02.043803Z"));
		assertThat(verification.checkedAt().getNano()).isEqualTo(43_803_000);
	}

	@Test
	void emailVerificationAcceptsTimestampWithoutOffsetAndUnknownFields() {
		EmailVerification verification = CocoonmailJson.mapper()
			.readValue("{ \"email\": \"a@example.com\", \"status\": \"risky\", \"score\": 0.4, "
					+ "\"checked_at\": \"2025-08-29T07:28:02\" }", EmailVerification.class);
		assertThat(verification.status()).isEqualTo("risky");
		assertThat(verification.checkedAt()).isEqualTo(Instant.parse("2025-08-29T07:28:02Z"));
	}

}
