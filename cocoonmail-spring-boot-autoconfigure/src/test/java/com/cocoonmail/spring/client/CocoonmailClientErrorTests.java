package com.cocoonmail.spring.client;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailApiException.Reason;
import com.cocoonmail.spring.client.model.ContactLookup;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link CocoonmailClient} maps non-2xx and unreadable answers to
 * {@link CocoonmailException}s.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientErrorTests {

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@ParameterizedTest
	@CsvSource({ "400, BAD_REQUEST", "401, UNAUTHORIZED", "403, TEMPORARILY_BLOCKED", "404, NOT_FOUND",
			"406, NOT_ACCEPTABLE", "409, CONFLICT", "429, RATE_LIMITED", "500, SERVER_ERROR" })
	void documentedErrorStatusMapsToReasonWithServerMessage(int status, Reason reason) {
		String body = "{\"success\": false, \"message\": \"Cocoonmail refused with " + status + "\"}";
		this.cocoonmail.respond(status, body);
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().sendEvent(signedUp()),
				CocoonmailApiException.class);
		assertThat(ex.statusCode()).isEqualTo(status);
		assertThat(ex.reason()).isEqualTo(reason);
		assertThat(ex.serverMessage()).isEqualTo("Cocoonmail refused with " + status);
		assertThat(ex.responseBody()).isEqualTo(body);
		assertThat(ex.getMessage()).contains("Cocoonmail refused with " + status)
			.contains(String.valueOf(status))
			.contains("sendEvent");
		assertThat(ex.isRetryable()).isEqualTo(reason.isRetryable());
		assertThat(ex instanceof CocoonmailRateLimitException).isEqualTo(status == 429);
	}

	@Test
	void rateLimitedAnswerExposesRateLimitHeadersAndRetryAfter() {
		this.cocoonmail.respond(LoopbackCocoonmail.answer(429, "{\"message\": \"Too many requests\"}")
			.addHeader("x-ratelimit-limit", "10")
			.addHeader("x-ratelimit-remaining", "0")
			.addHeader("Retry-After", "3")
			.build());
		CocoonmailClient client = this.cocoonmail.client();
		CocoonmailRateLimitException ex = LoopbackCocoonmail.expectError(client.sendMail(welcomeMail()),
				CocoonmailRateLimitException.class);
		assertThat(ex.reason()).isEqualTo(Reason.RATE_LIMITED);
		assertThat(ex.limit()).isEqualTo(10);
		assertThat(ex.remaining()).isZero();
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(3));
		assertThat(ex.isLocal()).isFalse();
		assertThat(ex.serverMessage()).isEqualTo("Too many requests");
		assertThat(client.getLastRateLimitRemaining()).isZero();
	}

	@Test
	void rateLimitedAnswerWithoutHeadersHasNoLimitsOrRetryAfter() {
		this.cocoonmail.respond(429, "");
		CocoonmailRateLimitException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().getEmailUsage(),
				CocoonmailRateLimitException.class);
		assertThat(ex.limit()).isNull();
		assertThat(ex.remaining()).isNull();
		assertThat(ex.retryAfter()).isNull();
		assertThat(ex.getMessage()).contains("429").contains("getEmailUsage");
	}

	@Test
	void mailcoachStyleErrorBodyGivesServerMessage() {
		this.cocoonmail.respond(401, "{\"message\": \"Unauthorized.\"}");
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().validateApiKey(),
				CocoonmailApiException.class);
		assertThat(ex.reason()).isEqualTo(Reason.UNAUTHORIZED);
		assertThat(ex.serverMessage()).isEqualTo("Unauthorized.");
		assertThat(ex.getMessage()).contains("Unauthorized.");
	}

	@Test
	void loopsStyleErrorObjectGivesItsNestedMessage() {
		this.cocoonmail.respond(400, """
				{"success": false, "error": {"path": "to", "message": "to[0].email is invalid"}}
				""");
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().sendMail(welcomeMail()),
				CocoonmailApiException.class);
		assertThat(ex.serverMessage()).isEqualTo("to[0].email is invalid");
		assertThat(ex.getMessage()).contains("to[0].email is invalid");
	}

	@Test
	void malformedErrorBodyStillNamesStatusAndOperation() {
		String body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
		this.cocoonmail
			.respond(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(body).build());
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().getMailStatus("m-1"),
				CocoonmailApiException.class);
		assertThat(ex.statusCode()).isEqualTo(502);
		assertThat(ex.reason()).isEqualTo(Reason.SERVER_ERROR);
		assertThat(ex.serverMessage()).isNull();
		assertThat(ex.responseBody()).isEqualTo(body);
		assertThat(ex.getMessage()).contains("502").contains("getMailStatus").contains("Bad Gateway");
	}

	@Test
	void emptyErrorBodyStillNamesStatusAndOperation() {
		this.cocoonmail.respond(new MockResponse.Builder().code(404).build());
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(
				this.cocoonmail.client().deleteContact(ContactLookup.byEmail("gone@example.com")),
				CocoonmailApiException.class);
		assertThat(ex.reason()).isEqualTo(Reason.NOT_FOUND);
		assertThat(ex.serverMessage()).isNull();
		assertThat(ex.responseBody()).isEmpty();
		assertThat(ex.getMessage()).contains("404").contains("deleteContact");
	}

	@Test
	void undocumentedStatusMapsToOther() {
		this.cocoonmail.respond(418, "{\"message\": \"I'm a teapot\"}");
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().listCustomFields(),
				CocoonmailApiException.class);
		assertThat(ex.reason()).isEqualTo(Reason.OTHER);
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.getMessage()).contains("418").contains("listCustomFields").contains("I'm a teapot");
	}

	@Test
	void errorOnPagedListFailsTheFlux() {
		this.cocoonmail.respond(500, "{\"message\": \"database down\"}");
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().listContacts(),
				CocoonmailApiException.class);
		assertThat(ex.reason()).isEqualTo(Reason.SERVER_ERROR);
		assertThat(ex.getMessage()).contains("listContacts").contains("database down");
	}

	@Test
	void unreadableSuccessAnswerFailsWithMessageNamingStatusAndOperation() {
		this.cocoonmail.respond(201, "this is not JSON");
		CocoonmailException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().sendMail(welcomeMail()),
				CocoonmailException.class);
		assertThat(ex).isNotInstanceOf(CocoonmailApiException.class);
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.getMessage()).contains("201").contains("sendMail").contains("this is not JSON");
	}

	private static SendEventRequest signedUp() {
		return SendEventRequest.of("signed_up", "jsmith@example.com");
	}

	private static SendMailRequest welcomeMail() {
		return SendMailRequest.builder().transactionalId("welcome").to("jsmith@example.com").build();
	}

}
