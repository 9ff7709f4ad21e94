package com.cocoonmail.spring.client;

import java.io.IOException;

import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests that the API key of a {@link CocoonmailClient} never shows in an exception or in
 * the client's {@code toString()}, even when Cocoonmail echoes it back.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientSecretTests {

	private static final String KEY = LoopbackCocoonmail.API_KEY;

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@ParameterizedTest
	@EnumSource(CocoonmailAuthScheme.class)
	void keyEchoedInUnauthorizedAnswerIsAbsentFromException(CocoonmailAuthScheme authScheme) {
		this.cocoonmail.respond(401, "{\"success\": false, \"message\": \"Invalid API key " + KEY
				+ "\", \"error\": \"Invalid API key " + KEY + "\"}");
		CocoonmailClient client = this.cocoonmail.client(authScheme);
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(client.validateApiKey(),
				CocoonmailApiException.class);
		assertThat(ex.reason()).isEqualTo(CocoonmailApiException.Reason.UNAUTHORIZED);
		assertThat(ex.serverMessage()).startsWith("Invalid API key");
		assertKeyAbsent(ex);
		assertThat(client.toString()).doesNotContain(KEY);
		this.cocoonmail.assertCommonHeaders(this.cocoonmail.takeRequest(), false);
	}

	@Test
	void keyEchoedWithJsonEscapesIsAbsentFromException() {
		String escapedKey = KEY.replace("$", "\\u0024").replace("=", "\\u003d");
		this.cocoonmail.respond(401, "{\"message\": \"Invalid API key " + escapedKey + "\", \"errors\": {\"key\": [\""
				+ escapedKey + "\"]}}");
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().validateApiKey(),
				CocoonmailApiException.class);
		assertThat(ex.serverMessage()).startsWith("Invalid API key");
		assertKeyAbsent(ex);
		assertThat(ex.responseBody()).doesNotContain(escapedKey);
	}

	@Test
	void keyWithSlashEchoedWithEscapedSlashIsAbsentFromException() {
		String key = "pbkdf2_sha256$1$fake-key$not/a-real-key=";
		this.cocoonmail.respond(401, "{\"message\": \"Invalid API key " + key.replace("/", "\\/") + "\"}");
		CocoonmailClient client = this.cocoonmail.clientBuilder().apiKey(key).build();
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(client.validateApiKey(),
				CocoonmailApiException.class);
		assertThat(ex.serverMessage()).startsWith("Invalid API key").doesNotContain(key);
		assertThat(ex.getMessage()).doesNotContain(key);
		assertThat(ex.toString()).doesNotContain(key);
		assertThat(ex.responseBody()).doesNotContain(key).doesNotContain(key.replace("/", "\\/"));
	}

	@Test
	void keyEchoedInNonJsonErrorBodyIsAbsentFromException() {
		this.cocoonmail.respond(new MockResponse.Builder().code(500)
			.addHeader("Content-Type", "text/plain")
			.body("Internal error while checking header Authorization: Bearer " + KEY)
			.build());
		assertKeyAbsent(LoopbackCocoonmail.expectError(this.cocoonmail.client().sendEvent(signedUp()),
				CocoonmailApiException.class));
	}

	@Test
	void keyEchoedInRateLimitedAnswerIsAbsentFromException() {
		this.cocoonmail.respond(429, "{\"message\": \"Too many requests for key " + KEY + "\"}");
		assertKeyAbsent(LoopbackCocoonmail.expectError(this.cocoonmail.client().sendEvent(signedUp()),
				CocoonmailRateLimitException.class));
	}

	@Test
	void keyEchoedInUnreadableSuccessAnswerIsAbsentFromException() {
		this.cocoonmail.respond(200, "<html>key=" + KEY + "</html>");
		assertKeyAbsent(
				LoopbackCocoonmail.expectError(this.cocoonmail.client().getEmailUsage(), CocoonmailException.class));
	}

	@Test
	void keyIsAbsentFromTransportException() throws IOException {
		CocoonmailClient client = CocoonmailClient.builder()
			.baseUrl(LoopbackCocoonmail.closedBaseUrl())
			.apiKey(KEY)
			.retryPolicy(CocoonmailRetryPolicy.none())
			.build();
		SendMailRequest request = SendMailRequest.builder().transactionalId("welcome").to("a@example.com").build();
		assertKeyAbsent(LoopbackCocoonmail.expectError(client.sendMail(request), CocoonmailTransportException.class));
		assertThat(client.toString()).doesNotContain(KEY);
	}

	@Test
	void missingKeyFailsWithoutRevealingAnything() {
		CocoonmailClient.Builder builder = CocoonmailClient.builder().baseUrl("https://webhook.cocoonmail.com");
		assertThatIllegalStateException().isThrownBy(builder::build).withMessageContaining("cocoonmail.api-key");
	}

	private static void assertKeyAbsent(Throwable failure) {
		for (Throwable ex = failure; ex != null; ex = ex.getCause()) {
			assertThat(String.valueOf(ex.getMessage())).doesNotContain(KEY);
			assertThat(String.valueOf(ex.getLocalizedMessage())).doesNotContain(KEY);
			assertThat(ex.toString()).doesNotContain(KEY);
			if (ex instanceof CocoonmailApiException apiException) {
				assertThat(apiException.responseBody()).doesNotContain(KEY);
				assertThat(String.valueOf(apiException.serverMessage())).doesNotContain(KEY);
			}
			for (Throwable suppressed : ex.getSuppressed()) {
				assertKeyAbsent(suppressed);
			}
		}
	}

	private static SendEventRequest signedUp() {
		return SendEventRequest.of("signed_up", "jsmith@example.com");
	}

}
