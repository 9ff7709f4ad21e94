package com.cocoonmail.spring.client;

import java.util.Map;
import java.util.stream.Stream;

import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the mail operations of {@link CocoonmailClient}: {@code sendMail},
 * {@code sendDirectMail}, {@code getMailStatus}, {@code getEmailUsage} and
 * {@code validateApiKey}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientMailTests {

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@ParameterizedTest(name = "{0}")
	@MethodSource("documentedMails")
	void sendMailPostsDocumentedBodyAndParsesReport(String body, SendMailRequest request) {
		this.cocoonmail.respondWithResource(201, "send-mail-response.json");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().sendMail(request),
				DocumentedExamples::assertMailResponse);
		this.cocoonmail.expectRequest("POST", "/webhook/mail/send", TestJson.resource(body));
	}

	static Stream<Arguments> documentedMails() {
		return Stream.of(Arguments.of("send-mail-request.json", DocumentedExamples.mailRequest()),
				Arguments.of("send-mail-every-field-request.json", DocumentedExamples.everyFieldMailRequest()));
	}

	@Test
	void sendMailWhenFailedRecipientsIsNotEmptySucceedsAndExposesThem() {
		this.cocoonmail.respond(201, """
				{
				  "success": true,
				  "failed_recipients": ["bounced@example.com"],
				  "report": [ { "to": "ok@example.com", "message_id": "m-1" } ],
				  "message": "Transactional mails sent successfully"
				}
				""");
		SendMailRequest request = SendMailRequest.builder()
			.transactionalId("welcome")
			.to("ok@example.com")
			.to("bounced@example.com")
			.build();
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().sendMail(request), (response) -> {
			assertThat(response.failedRecipients()).containsExactly("bounced@example.com");
			assertThat(response.messageIds()).containsExactly("m-1");
		});
	}

	@Test
	void sendMailReadsStagingFailedEmailsAndIgnoresUnknownFields() {
		this.cocoonmail.respond(201, """
				{
				  "success": true,
				  "failed_emails": [{ "email": "bounced@example.com", "reason": "hard bounce" }],
				  "report": [],
				  "brand_new_field": { "nested": [1, 2, 3] },
				  "message": "Transactional mails sent successfully"
				}
				""");
		SendMailRequest request = SendMailRequest.builder()
			.transactionalId("welcome")
			.to("bounced@example.com")
			.build();
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().sendMail(request),
				(response) -> assertThat(response.failedRecipients()).containsExactly("bounced@example.com"));
	}

	@Test
	void sendDirectMailPostsBodyAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(201, "send-direct-response.json");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().sendDirectMail(DocumentedExamples.directRequest()),
				DocumentedExamples::assertDirectResponse);
		this.cocoonmail.expectRequest("POST", "/webhook/mail/send-direct",
				TestJson.resource("send-direct-request.json"));
	}

	@Test
	void sendDirectMailWhenSomeRecipientsFailedOrAreInvalidSucceedsAndExposesThem() {
		this.cocoonmail.respond(201, """
				{ "success": true, "sent_recipients": ["a@example.com"], "failed_recipients": ["b@example.com"],
				  "invalid_recipients": ["c@example"] }
				""");
		SendDirectRequest request = SendDirectRequest.builder()
			.emailContent("Hi")
			.sender("noreply@example.com")
			.subject("Hi")
			.to("a@example.com")
			.to("b@example.com")
			.build();
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().sendDirectMail(request), (response) -> {
			assertThat(response.sentRecipients()).containsExactly("a@example.com");
			assertThat(response.failedRecipients()).containsExactly("b@example.com");
			assertThat(response.invalidRecipients()).containsExactly("c@example");
		});
	}

	@Test
	void getMailStatusGetsWithMessageIdAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "mail-status-response.json");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().getMailStatus(DocumentedExamples.MAIL_MESSAGE_ID),
				(status) -> {
					DocumentedExamples.assertMailStatus(status);
					DocumentedExamples.assertMailStatusTrackingLogs(status);
				});
		this.cocoonmail.expectRequest("GET", "/webhook/mail/status",
				Map.of("message_id", DocumentedExamples.MAIL_MESSAGE_ID), null);
	}

	@Test
	void getMailStatusEncodesMessageIdInQuery() {
		this.cocoonmail.respondWithResource(200, "mail-status-response.json");
		String messageId = "<a+b&c=d e@mail.example.com>";
		StepVerifier.create(this.cocoonmail.client().getMailStatus(messageId))
			.expectNextCount(1)
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		assertThat(this.cocoonmail.expectRequest("GET", "/webhook/mail/status", Map.of("message_id", messageId), null)
			.getUrl()
			.encodedQuery()).doesNotContain("+").doesNotContain(" ");
	}

	@Test
	void getMailStatusWhenDataIsNullFailsNamingTheMissingData() {
		this.cocoonmail.respond(200, """
				{ "message": "Mail status data fetched successfully", "data": null }
				""");
		StepVerifier.create(this.cocoonmail.client().getMailStatus("unknown-id"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(CocoonmailException.class)
				.hasMessageContaining("200 to getMailStatus without the documented data"))
			.verify(LoopbackCocoonmail.TIMEOUT);
	}

	@Test
	void getMailStatusIgnoresUnknownFields() {
		this.cocoonmail.respond(200, """
				{ "message": "ok", "extra": true,
				  "data": { "x_message_id": "m-1", "sent": true, "future_field": { "a": 1 }, "tracking_logs": [] } }
				""");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().getMailStatus("m-1"), (status) -> {
			assertThat(status.messageId()).isEqualTo("m-1");
			assertThat(status.sent()).isTrue();
			assertThat(status.trackingLogs()).isEmpty();
		});
	}

	@Test
	void getEmailUsagePostsWithoutBodyAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "email-usage-response.json");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().getEmailUsage(), (usage) -> {
			assertThat(usage.success()).isTrue();
			assertThat(usage.quotas()).isEmpty();
		});
		this.cocoonmail.expectRequest("POST", "/webhook/mail/usage", null);
	}

	@Test
	void getEmailUsageReadsQuotasGivenAsNumbers() {
		this.cocoonmail.respond(200, """
				{ "success": true, "quotas": { "MAX_SEND_MAIL_PER_DAY": { "limit": 1000, "usage": 12 } } }
				""");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().getEmailUsage(), (usage) -> {
			assertThat(usage.quotas().get("MAX_SEND_MAIL_PER_DAY").limitValue()).isEqualTo(1000L);
			assertThat(usage.quotas().get("MAX_SEND_MAIL_PER_DAY").usageValue()).isEqualTo(12L);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "null", value = { "validate-api-key-response.json, null, null",
			"validate-api-key-staging-response.json, xyz12345ab, workspace name" })
	void validateApiKeyGetsAndParsesDocumentedAnswer(String answer, @Nullable String workspaceId,
			@Nullable String workspaceName) {
		this.cocoonmail.respondWithResource(200, answer);
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().validateApiKey(), (validation) -> {
			assertThat(validation.success()).isTrue();
			assertThat(validation.workspaceId()).isEqualTo(workspaceId);
			assertThat(validation.workspaceName()).isEqualTo(workspaceName);
		});
		this.cocoonmail.expectRequest("GET", "/webhook/api_key/validate", null);
	}

	@Test
	void everyAnswerUpdatesLastRateLimitRemaining() {
		CocoonmailClient client = this.cocoonmail.client();
		assertThat(client.getLastRateLimitRemaining()).isNull();
		this.cocoonmail.respond(LoopbackCocoonmail.answer(200, "{ \"success\": true }")
			.addHeader("x-ratelimit-limit", "10")
			.addHeader("x-ratelimit-remaining", "7")
			.build());
		StepVerifier.create(client.validateApiKey())
			.expectNextCount(1)
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		assertThat(client.getLastRateLimitRemaining()).isEqualTo(7);
	}

}
