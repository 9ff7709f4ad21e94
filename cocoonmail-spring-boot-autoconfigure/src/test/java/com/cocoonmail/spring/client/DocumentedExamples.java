package com.cocoonmail.spring.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import com.cocoonmail.spring.client.model.Attachment;
import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.EmailVerification;
import com.cocoonmail.spring.client.model.MailStatus;
import com.cocoonmail.spring.client.model.MessageReport;
import com.cocoonmail.spring.client.model.Quota;
import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendDirectResponse;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import com.cocoonmail.spring.client.model.SendWhatsAppResponse;
import com.cocoonmail.spring.client.model.TrackingLog;
import com.cocoonmail.spring.client.model.WhatsAppEvent;
import com.cocoonmail.spring.client.model.WhatsAppRecipient;
import com.cocoonmail.spring.client.model.WhatsAppStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented examples of the Cocoonmail API, shared by the client tests and the model
 * tests: the requests whose JSON the test resources next to this class hold, and
 * assertions on what the documented answers (also test resources) read as.
 *
 * @author Cocoonmail Team
 */
public final class DocumentedExamples {

	/**
	 * The message id of the documented mail status, {@code mail-status-response.json}.
	 */
	public static final String MAIL_MESSAGE_ID = "123e4567-e89b-12d3-a456-426614174000";

	private DocumentedExamples() {
	}

	/**
	 * Return the documented raw-content mail, written as {@code send-mail-request.json}.
	 * @return the request
	 */
	public static SendMailRequest mailRequest() {
		return SendMailRequest.builder()
			.emailContent("<h1>Hello John,</h1><p>Welcome to our service!</p>")
			.sender("sender@example.com")
			.subject("Hello from us")
			.to(Recipient.builder().email("recipient@example.com").firstName("John").build())
			.tags("tag1")
			.build();
	}

	/**
	 * Return a transactional-template mail that sets every other documented field,
	 * written as {@code send-mail-every-field-request.json}.
	 * @return the request
	 */
	public static SendMailRequest everyFieldMailRequest() {
		return SendMailRequest.builder()
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
	}

	/**
	 * Return the documented direct mail, written as {@code send-direct-request.json}.
	 * @return the request
	 */
	public static SendDirectRequest directRequest() {
		return SendDirectRequest.builder()
			.emailContent("<p>Hello</p>")
			.sender("sender@example.com")
			.subject("Hello")
			.to(Recipient.builder().email("recipient@example.com").name("John Doe").build())
			.replyTo("reply@example.com")
			.cc("cc@example.com")
			.attachment(Attachment.of("document.pdf", "application/pdf",
					"Some base64-encoded data".getBytes(StandardCharsets.UTF_8)))
			.build();
	}

	/**
	 * Return the documented WhatsApp template message, written as
	 * {@code whatsapp-template-request.json}.
	 * @return the request
	 */
	public static SendWhatsAppRequest whatsAppTemplateRequest() {
		return SendWhatsAppRequest.template("+910000000000", "welcome_template", "en")
			.recipient(WhatsAppRecipient.builder()
				.whatsappNumber("+910000000000")
				.firstName("John")
				.email("john@example.com")
				.build())
			.addRecipientToContacts(false)
			.variable("organization.company_name", "John Doe")
			.event(WhatsAppEvent.of("START", "start", Map.of("date_time", "2026-01-27T01:30:21Z")))
			.tag("tag1")
			.build();
	}

	/**
	 * Return a WhatsApp text message to a recipient with attributes and to one given by
	 * number only, written as {@code whatsapp-text-request.json}.
	 * @return the request
	 */
	public static SendWhatsAppRequest whatsAppTextRequest() {
		return SendWhatsAppRequest.text("+910000000000", "Hello")
			.recipient(WhatsAppRecipient.builder()
				.whatsappNumber("+910000000001")
				.firstName("John")
				.email("john@example.com")
				.attribute("plan", "pro")
				.build())
			.recipient("+910000000002")
			.build();
	}

	/**
	 * Assert that the response is the documented one, {@code send-mail-response.json}.
	 * @param response the response
	 */
	public static void assertMailResponse(SendMailResponse response) {
		assertThat(response.success()).isTrue();
		assertThat(response.failedRecipients()).isEmpty();
		assertThat(response.report()).containsExactly(new MessageReport("email_address", "unique_id"),
				new MessageReport("email_address", "unique_id"));
		assertThat(response.messageIds()).containsExactly("unique_id", "unique_id");
		assertThat(response.quotas()).containsOnlyKeys("MAX_SEND_MAIL_PER_DAY",
				"MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL");
		Quota daily = response.quotas().get("MAX_SEND_MAIL_PER_DAY");
		assertThat(daily.limit()).isEqualTo("usage");
		assertThat(daily.usage()).isEqualTo("usage");
		assertThat(daily.limitValue()).isNull();
		assertThat(daily.usageValue()).isNull();
		assertThat(response.sender()).isEqualTo("email_address");
		assertThat(response.message()).isEqualTo("Transactional mails sent successfully");
	}

	/**
	 * Assert that the response is the documented one, {@code send-direct-response.json}.
	 * @param response the response
	 */
	public static void assertDirectResponse(SendDirectResponse response) {
		assertThat(response.success()).isTrue();
		assertThat(response.message()).isEqualTo("Direct transactional email send completed");
		assertThat(response.sentRecipients()).containsExactly("example2@example.com", "example1@example.com");
		assertThat(response.failedRecipients()).isEmpty();
		assertThat(response.invalidRecipients()).isEmpty();
	}

	/**
	 * Assert that every field but the tracking logs is that of the documented status, the
	 * {@code data} of {@code mail-status-response.json}.
	 * @param status the status
	 */
	public static void assertMailStatus(MailStatus status) {
		assertThat(status.messageId()).isEqualTo(MAIL_MESSAGE_ID);
		assertThat(status.mailContent()).isEqualTo("<p>Hello John, welcome to our platform!</p>");
		assertThat(status.subject()).isEqualTo("Welcome to Our Platform");
		assertThat(status.name()).isEqualTo("John Doe");
		assertThat(status.sent()).isTrue();
		assertThat(status.sentAt()).isEqualTo(Instant.parse("2026-03-20T10:15:30Z"));
		assertThat(status.bounced()).isFalse();
		assertThat(status.bouncedAt()).isNull();
		assertThat(status.bouncedError()).isNull();
		assertThat(status.unsubscribed()).isFalse();
		assertThat(status.unsubscribedAt()).isNull();
		assertThat(status.delivered()).isTrue();
		assertThat(status.deliveredAt()).isEqualTo(Instant.parse("2026-03-20T10:16:05Z"));
		assertThat(status.opened()).isTrue();
		assertThat(status.openedCount()).isEqualTo(3);
		assertThat(status.bounceType()).isNull();
		assertThat(status.clicked()).isTrue();
		assertThat(status.clickedCount()).isEqualTo(2);
		assertThat(status.sendable()).isTrue();
		assertThat(status.failed()).isFalse();
		assertThat(status.smtpCode()).isEqualTo("250");
		assertThat(status.smtpError()).isNull();
		assertThat(status.email()).isEqualTo("john.doe@example.com");
		assertThat(status.transactionalMailId()).isEqualTo("trns-abc123xyz789");
		assertThat(status.created()).isEqualTo(Instant.parse("2026-03-20T10:14:50Z"));
		assertThat(status.transactionalName()).isEqualTo("Welcome Email Campaign");
		assertThat(status.scheduledAt()).isEqualTo(Instant.parse("2026-03-20T10:15:00Z"));
		assertThat(status.trackingLogs()).extracting(TrackingLog::type).containsExactly("OPEN", "CLICK");
	}

	/**
	 * Assert that the tracking logs are those of the documented status, the {@code data}
	 * of {@code mail-status-response.json}.
	 * @param status the status
	 */
	public static void assertMailStatusTrackingLogs(MailStatus status) {
		assertThat(status.trackingLogs()).hasSize(2);
		TrackingLog open = status.trackingLogs().get(0);
		assertThat(open.userAgent())
			.isEqualTo("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36");
		assertThat(open.clientFamily()).isEqualTo("Chrome");
		assertThat(open.clientVersion()).isEqualTo("122.0.0.0");
		assertThat(open.osName()).isEqualTo("Windows");
		assertThat(open.osVersion()).isEqualTo("10");
		assertThat(open.deviceType()).isEqualTo("Desktop");
		assertThat(open.ipAddress()).isEqualTo("192.168.1.1");
		assertThat(open.created()).isEqualTo(Instant.parse("2026-03-20T10:17:10Z"));
		assertThat(open.type()).isEqualTo("OPEN");
		TrackingLog click = status.trackingLogs().get(1);
		assertThat(click.userAgent()).isEqualTo("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) "
				+ "AppleWebKit/605.1.15 Version/17.0 Mobile Safari/604.1");
		assertThat(click.clientFamily()).isEqualTo("Mobile Safari");
		assertThat(click.clientVersion()).isEqualTo("17.0");
		assertThat(click.osName()).isEqualTo("iOS");
		assertThat(click.osVersion()).isEqualTo("17.0");
		assertThat(click.deviceType()).isEqualTo("Mobile");
		assertThat(click.ipAddress()).isEqualTo("192.168.1.2");
		assertThat(click.created()).isEqualTo(Instant.parse("2026-03-20T10:18:25Z"));
		assertThat(click.type()).isEqualTo("CLICK");
	}

	/**
	 * Assert that the response is the documented one,
	 * {@code whatsapp-template-response.json}.
	 * @param response the response
	 */
	public static void assertWhatsAppTemplateResponse(SendWhatsAppResponse response) {
		assertThat(response.success()).isTrue();
		assertThat(response.failedRecipients()).isEmpty();
		assertThat(response.report()).containsExactly(new MessageReport("whatsapp_number", "message_id"));
		assertThat(response.messageIds()).containsExactly("message_id");
		assertThat(response.quotas()).containsOnlyKeys("MAX_WHATSAPP_SEND_PER_MONTH");
		assertThat(response.quotas().get("MAX_WHATSAPP_SEND_PER_MONTH").limit()).isEqualTo("usage");
		assertThat(response.message()).isEqualTo("Transactional WhatsApp messages sent successfully.");
	}

	/**
	 * Assert that the response is the documented one,
	 * {@code whatsapp-text-response.json}.
	 * @param response the response
	 */
	public static void assertWhatsAppTextResponse(SendWhatsAppResponse response) {
		assertThat(response.success()).isTrue();
		assertThat(response.message()).isEqualTo("WhatsApp message(s) sent successfully.");
		assertThat(response.failedRecipients()).isEmpty();
		assertThat(response.report()).isEmpty();
		assertThat(response.quotas()).isEmpty();
		assertThat(response.messageIds()).isEmpty();
	}

	/**
	 * Assert that the status is the documented one, the {@code data} of
	 * {@code whatsapp-status-response.json}, whose timestamps have mixed precision.
	 * @param status the status
	 */
	public static void assertWhatsAppStatus(WhatsAppStatus status) {
		assertThat(status.uuid()).isEqualTo("uuid");
		assertThat(status.messageId()).isEqualTo("wamid.placeholder-id");
		assertThat(status.conversationId()).isEqualTo("conversation_id");
		assertThat(status.direction()).isEqualTo("outbound");
		assertThat(status.msgFrom()).containsEntry("type", "transactional")
			.containsEntry("display", "Transactional Message");
		assertThat(status.type()).isEqualTo("template");
		assertThat(status.content()).containsEntry("template", "welcome_template").containsKey("components");
		assertThat(status.status()).isEqualTo("sent");
		assertThat(status.delivered()).isTrue();
		assertThat(status.deliveredAt()).isEqualTo(Instant.parse("2026-04-08T07:35:00Z"));
		assertThat(status.read()).isFalse();
		assertThat(status.readAt()).isNull();
		assertThat(status.failed()).isFalse();
		assertThat(status.failedAt()).isNull();
		assertThat(status.rejected()).isFalse();
		assertThat(status.rejectedAt()).isNull();
		assertThat(status.created()).isEqualTo(Instant.parse("2026-04-08T07:30:24.854706Z"));
		assertThat(status.updated()).isEqualTo(Instant.parse("2026-04-08T07:35:00Z"));
		assertThat(status.metadata()).isEmpty();
		assertThat(status.sentAt()).isEqualTo(Instant.parse("2026-04-08T07:30:25Z"));
		assertThat(status.to()).isEqualTo("+910000000000");
		assertThat(status.contact()).containsEntry("id", 1234)
			.containsEntry("first_name", "John")
			.containsEntry("email", "john.doe@example.com");
	}

	/**
	 * Assert that the verification is the documented one, the {@code data} of
	 * {@code verify-email-response.json}, whose timestamp has microseconds.
	 * @param verification the verification
	 */
	public static void assertEmailVerification(EmailVerification verification) {
		assertThat(verification.email()).isEqualTo("sourabh@inofinix.com");
		assertThat(verification.status()).isEqualTo("safe");
		assertThat(verification.checkedAt()).isEqualTo(Instant.parse("2025-08-29T07:28:02.043803Z"));
		assertThat(verification.checkedAt().getNano()).isEqualTo(43_803_000);
	}

	/**
	 * Assert that the contact is the Loops-style element of
	 * {@code find-contacts-response.json}.
	 * @param contact the contact
	 */
	public static void assertLoopsStyleContact(Contact contact) {
		assertThat(contact.id()).isEqualTo("cll6b3i8901a9jx0oyktl2m4u");
		assertThat(contact.email()).isEqualTo("hello@gmail.com");
		assertThat(contact.firstName()).isEqualTo("Bob");
		assertThat(contact.lastName()).isNull();
		assertThat(contact.source()).isEqualTo("API");
		assertThat(contact.subscribed()).isTrue();
		assertThat(contact.userId()).isNull();
		assertThat(contact.lists()).isNull();
	}

}
