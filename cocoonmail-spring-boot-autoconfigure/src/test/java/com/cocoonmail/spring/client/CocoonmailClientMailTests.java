package com.cocoonmail.spring.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import com.cocoonmail.spring.client.model.Attachment;
import com.cocoonmail.spring.client.model.MessageReport;
import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.TrackingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

	private static final String MESSAGE_ID = "123e4567-e89b-12d3-a456-426614174000";

	@RegisterExtension
	final MockCocoonmail cocoonmail = new MockCocoonmail();

	@Test
	void sendMailPostsDocumentedBodyAndParsesReport() {
		this.cocoonmail.respondWithResource(201, "send-mail-response.json");
		SendMailRequest request = SendMailRequest.builder()
			.emailContent("<h1>Hello John,</h1><p>Welcome to our service!</p>")
			.sender("sender@example.com")
			.subject("Hello from us")
			.to(Recipient.builder().email("recipient@example.com").firstName("John").build())
			.tags("tag1")
			.build();
		StepVerifier.create(this.cocoonmail.client().sendMail(request)).assertNext((response) -> {
			assertThat(response.success()).isTrue();
			assertThat(response.failedRecipients()).isEmpty();
			assertThat(response.report()).containsExactly(new MessageReport("email_address", "unique_id"),
					new MessageReport("email_address", "unique_id"));
			assertThat(response.messageIds()).containsExactly("unique_id", "unique_id");
			assertThat(response.quotas()).containsOnlyKeys("MAX_SEND_MAIL_PER_DAY",
					"MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL");
			assertThat(response.quotas().get("MAX_SEND_MAIL_PER_DAY").limit()).isEqualTo("usage");
			assertThat(response.quotas().get("MAX_SEND_MAIL_PER_DAY").usage()).isEqualTo("usage");
			assertThat(response.sender()).isEqualTo("email_address");
			assertThat(response.message()).isEqualTo("Transactional mails sent successfully");
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("POST", "/webhook/mail/send", MockCocoonmail.resource("send-mail-request.json"));
	}

	@Test
	void sendMailWithTransactionalTemplateSendsEveryDocumentedField() {
		this.cocoonmail.respondWithResource(201, "send-mail-response.json");
		SendMailRequest request = SendMailRequest.builder()
			.transactionalId("welcome")
			.to(Recipient.builder()
				.email("jsmith@example.com")
				.name("John Smith")
				.firstName("John")
				.attribute("plan", "pro")
				.list("newsletter")
				.tag("vip")
				.age(42)
				.address1("1 Main Street")
				.postalCode("12345")
				.build())
			.replyTo("support@example.com")
			.cc("boss@example.com")
			.customParameter("coupon", "WELCOME10")
			.attachment(Attachment.of("document.pdf", "application/pdf",
					"Some base64-encoded data".getBytes(StandardCharsets.UTF_8)))
			.remoteAttachment("https://cdn.something.com/filename")
			.addEmailAddressToContact(true)
			.scheduledAt(Instant.parse("2023-12-31T23:59:59Z"))
			.allowClickTracking(true)
			.allowOpenTracking(true)
			.ignoreContactBounce(true)
			.ignoreContactUnsubscribe(true)
			.enableViewInBrowser(true)
			.includeUnsubscribe(false)
			.build();
		StepVerifier.create(this.cocoonmail.client().sendMail(request))
			.expectNextCount(1)
			.expectComplete()
			.verify(MockCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("POST", "/webhook/mail/send", """
				{
				  "transactional_id": "welcome",
				  "to": [{ "email": "jsmith@example.com", "name": "John Smith", "first_name": "John",
				           "attributes": { "plan": "pro" }, "lists": ["newsletter"], "tags": ["vip"], "age": 42,
				           "Address1": "1 Main Street", "postal_code": "12345" }],
				  "reply_to": "support@example.com",
				  "cc": ["boss@example.com"],
				  "custom_parameter": { "coupon": "WELCOME10" },
				  "attachments": [{ "filename": "document.pdf", "contentType": "application/pdf",
				                    "data": "U29tZSBiYXNlNjQtZW5jb2RlZCBkYXRh" }],
				  "attachments_remote": [{ "remote_link": "https://cdn.something.com/filename" }],
				  "add_email_address_to_contact": true,
				  "scheduled_at": "2023-12-31T23:59:59Z",
				  "allow_click_tracking": true,
				  "allow_open_tracking": true,
				  "ignore_contact_bounce": true,
				  "ignore_contact_unsubscribe": true,
				  "enable_view_in_browser": true,
				  "include_unsubscribe": false
				}
				""");
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
		StepVerifier.create(this.cocoonmail.client().sendMail(request)).assertNext((response) -> {
			assertThat(response.failedRecipients()).containsExactly("bounced@example.com");
			assertThat(response.messageIds()).containsExactly("m-1");
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
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
		StepVerifier.create(this.cocoonmail.client().sendMail(request))
			.assertNext((response) -> assertThat(response.failedRecipients()).containsExactly("bounced@example.com"))
			.expectComplete()
			.verify(MockCocoonmail.TIMEOUT);
	}

	@Test
	void sendDirectMailPostsBodyAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(201, "send-direct-response.json");
		SendDirectRequest request = SendDirectRequest.builder()
			.emailContent("<p>Your code is 123456</p>")
			.sender("noreply@example.com")
			.subject("Your code")
			.to(Recipient.builder().email("recipient@example.com").name("John Doe").build())
			.replyTo("support@example.com")
			.cc("audit@example.com")
			.attachment(new Attachment("document.pdf", "application/pdf", "U29tZSBiYXNlNjQtZW5jb2RlZCBkYXRh"))
			.build();
		StepVerifier.create(this.cocoonmail.client().sendDirectMail(request)).assertNext((response) -> {
			assertThat(response.success()).isTrue();
			assertThat(response.message()).isEqualTo("Direct transactional email send completed");
			assertThat(response.sentRecipients()).containsExactly("example2@example.com", "example1@example.com");
			assertThat(response.failedRecipients()).isEmpty();
			assertThat(response.invalidRecipients()).isEmpty();
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("POST", "/webhook/mail/send-direct", """
				{
				  "email_content": "<p>Your code is 123456</p>",
				  "sender": "noreply@example.com",
				  "subject": "Your code",
				  "to": [ { "email": "recipient@example.com", "name": "John Doe" } ],
				  "reply_to": "support@example.com",
				  "cc": ["audit@example.com"],
				  "attachments": [ { "filename": "document.pdf", "contentType": "application/pdf",
				                     "data": "U29tZSBiYXNlNjQtZW5jb2RlZCBkYXRh" } ]
				}
				""");
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
		StepVerifier.create(this.cocoonmail.client().sendDirectMail(request)).assertNext((response) -> {
			assertThat(response.sentRecipients()).containsExactly("a@example.com");
			assertThat(response.failedRecipients()).containsExactly("b@example.com");
			assertThat(response.invalidRecipients()).containsExactly("c@example");
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
	}

	@Test
	void getMailStatusGetsWithMessageIdAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "mail-status-response.json");
		StepVerifier.create(this.cocoonmail.client().getMailStatus(MESSAGE_ID)).assertNext((status) -> {
			assertThat(status.messageId()).isEqualTo(MESSAGE_ID);
			assertThat(status.mailContent()).isEqualTo("<p>Hello John, welcome to our platform!</p>");
			assertThat(status.subject()).isEqualTo("Welcome to Our Platform");
			assertThat(status.name()).isEqualTo("John Doe");
			assertThat(status.email()).isEqualTo("john.doe@example.com");
			assertThat(status.sent()).isTrue();
			assertThat(status.sentAt()).isEqualTo(Instant.parse("2026-03-20T10:15:30Z"));
			assertThat(status.delivered()).isTrue();
			assertThat(status.deliveredAt()).isEqualTo(Instant.parse("2026-03-20T10:16:05Z"));
			assertThat(status.bounced()).isFalse();
			assertThat(status.bouncedAt()).isNull();
			assertThat(status.unsubscribed()).isFalse();
			assertThat(status.opened()).isTrue();
			assertThat(status.openedCount()).isEqualTo(3);
			assertThat(status.clicked()).isTrue();
			assertThat(status.clickedCount()).isEqualTo(2);
			assertThat(status.sendable()).isTrue();
			assertThat(status.failed()).isFalse();
			assertThat(status.smtpCode()).isEqualTo("250");
			assertThat(status.smtpError()).isNull();
			assertThat(status.transactionalMailId()).isEqualTo("trns-abc123xyz789");
			assertThat(status.transactionalName()).isEqualTo("Welcome Email Campaign");
			assertThat(status.created()).isEqualTo(Instant.parse("2026-03-20T10:14:50Z"));
			assertThat(status.scheduledAt()).isEqualTo(Instant.parse("2026-03-20T10:15:00Z"));
			assertThat(status.trackingLogs()).extracting(TrackingLog::type).containsExactly("OPEN", "CLICK");
			TrackingLog open = status.trackingLogs().get(0);
			assertThat(open.clientFamily()).isEqualTo("Chrome");
			assertThat(open.deviceType()).isEqualTo("Desktop");
			assertThat(open.ipAddress()).isEqualTo("192.168.1.1");
			assertThat(open.created()).isEqualTo(Instant.parse("2026-03-20T10:17:10Z"));
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("GET", "/webhook/mail/status", Map.of("message_id", MESSAGE_ID), null);
	}

	@Test
	void getMailStatusEncodesMessageIdInQuery() {
		this.cocoonmail.respondWithResource(200, "mail-status-response.json");
		String messageId = "<a+b&c=d e@mail.example.com>";
		StepVerifier.create(this.cocoonmail.client().getMailStatus(messageId))
			.expectNextCount(1)
			.expectComplete()
			.verify(MockCocoonmail.TIMEOUT);
		assertThat(this.cocoonmail.expectRequest("GET", "/webhook/mail/status", Map.of("message_id", messageId), null)
			.getUrl()
			.encodedQuery()).doesNotContain("+").doesNotContain(" ");
	}

	@Test
	void getMailStatusWhenDataIsNullCompletesEmpty() {
		this.cocoonmail.respond(200, """
				{ "message": "Mail status data fetched successfully", "data": null }
				""");
		StepVerifier.create(this.cocoonmail.client().getMailStatus("unknown-id"))
			.expectComplete()
			.verify(MockCocoonmail.TIMEOUT);
	}

	@Test
	void getMailStatusIgnoresUnknownFields() {
		this.cocoonmail.respond(200, """
				{ "message": "ok", "extra": true,
				  "data": { "x_message_id": "m-1", "sent": true, "future_field": { "a": 1 }, "tracking_logs": [] } }
				""");
		StepVerifier.create(this.cocoonmail.client().getMailStatus("m-1")).assertNext((status) -> {
			assertThat(status.messageId()).isEqualTo("m-1");
			assertThat(status.sent()).isTrue();
			assertThat(status.trackingLogs()).isEmpty();
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
	}

	@Test
	void getEmailUsagePostsWithoutBodyAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "email-usage-response.json");
		StepVerifier.create(this.cocoonmail.client().getEmailUsage()).assertNext((usage) -> {
			assertThat(usage.success()).isTrue();
			assertThat(usage.quotas()).isEmpty();
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("POST", "/webhook/mail/usage", null);
	}

	@Test
	void getEmailUsageReadsQuotasGivenAsNumbers() {
		this.cocoonmail.respond(200, """
				{ "success": true, "quotas": { "MAX_SEND_MAIL_PER_DAY": { "limit": 1000, "usage": 12 } } }
				""");
		StepVerifier.create(this.cocoonmail.client().getEmailUsage()).assertNext((usage) -> {
			assertThat(usage.quotas().get("MAX_SEND_MAIL_PER_DAY").limitValue()).isEqualTo(1000L);
			assertThat(usage.quotas().get("MAX_SEND_MAIL_PER_DAY").usageValue()).isEqualTo(12L);
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
	}

	@Test
	void validateApiKeyGetsAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "validate-api-key-response.json");
		StepVerifier.create(this.cocoonmail.client().validateApiKey()).assertNext((validation) -> {
			assertThat(validation.success()).isTrue();
			assertThat(validation.workspaceId()).isNull();
			assertThat(validation.workspaceName()).isNull();
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("GET", "/webhook/api_key/validate", null);
	}

	@Test
	void validateApiKeyReadsStagingWorkspaceFields() {
		this.cocoonmail.respondWithResource(200, "validate-api-key-staging-response.json");
		StepVerifier.create(this.cocoonmail.client().validateApiKey()).assertNext((validation) -> {
			assertThat(validation.success()).isTrue();
			assertThat(validation.workspaceId()).isEqualTo("xyz12345ab");
			assertThat(validation.workspaceName()).isEqualTo("workspace name");
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
	}

	@Test
	void everyAnswerUpdatesLastRateLimitRemaining() {
		CocoonmailClient client = this.cocoonmail.client();
		assertThat(client.getLastRateLimitRemaining()).isNull();
		this.cocoonmail.respond(MockCocoonmail.answer(200, "{ \"success\": true }")
			.addHeader("x-ratelimit-limit", "10")
			.addHeader("x-ratelimit-remaining", "7")
			.build());
		StepVerifier.create(client.validateApiKey()).expectNextCount(1).expectComplete().verify(MockCocoonmail.TIMEOUT);
		assertThat(client.getLastRateLimitRemaining()).isEqualTo(7);
	}

}
