package com.cocoonmail.spring.client;

import java.time.Instant;
import java.util.Map;

import com.cocoonmail.spring.client.model.MessageReport;
import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import com.cocoonmail.spring.client.model.WhatsAppEvent;
import com.cocoonmail.spring.client.model.WhatsAppRecipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for the {@code sendWhatsApp} and {@code getWhatsAppStatus} operations of
 * {@link CocoonmailClient}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientWhatsAppTests {

	@RegisterExtension
	final MockCocoonmail cocoonmail = new MockCocoonmail();

	@Test
	void sendWhatsAppTemplatePostsDocumentedBodyAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(201, "whatsapp-template-response.json");
		SendWhatsAppRequest request = SendWhatsAppRequest.template("+910000000000", "welcome_template", "en")
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
		StepVerifier.create(this.cocoonmail.client().sendWhatsApp(request)).assertNext((response) -> {
			assertThat(response.success()).isTrue();
			assertThat(response.failedRecipients()).isEmpty();
			assertThat(response.report()).containsExactly(new MessageReport("whatsapp_number", "message_id"));
			assertThat(response.messageIds()).containsExactly("message_id");
			assertThat(response.quotas()).containsOnlyKeys("MAX_WHATSAPP_SEND_PER_MONTH");
			assertThat(response.message()).isEqualTo("Transactional WhatsApp messages sent successfully.");
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("POST", "/webhook/whatsapp_message/send",
				MockCocoonmail.resource("whatsapp-template-request.json"));
	}

	@Test
	void sendWhatsAppTextPostsBodyAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(201, "whatsapp-text-response.json");
		SendWhatsAppRequest request = SendWhatsAppRequest.text("+910000000000", "Hello")
			.recipient(WhatsAppRecipient.builder()
				.whatsappNumber("+910000000001")
				.firstName("John")
				.email("john@example.com")
				.attribute("plan", "pro")
				.build())
			.recipient("+910000000002")
			.build();
		StepVerifier.create(this.cocoonmail.client().sendWhatsApp(request)).assertNext((response) -> {
			assertThat(response.success()).isTrue();
			assertThat(response.message()).isEqualTo("WhatsApp message(s) sent successfully.");
			assertThat(response.report()).isEmpty();
			assertThat(response.failedRecipients()).isEmpty();
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("POST", "/webhook/whatsapp_message/send",
				"""
						{ "from_number": "+910000000000", "type": "text", "content": { "body": "Hello" },
						  "recipient": [ { "whatsapp_number": "+910000000001", "first_name": "John", "email": "john@example.com",
						                   "attributes": { "plan": "pro" } },
						                 { "whatsapp_number": "+910000000002" } ] }
						""");
	}

	@Test
	void sendWhatsAppWhenFailedRecipientsIsNotEmptySucceedsAndExposesThem() {
		this.cocoonmail.respond(201, """
				{ "success": true, "failed_recipients": ["+910000000009"],
				  "report": [ { "to": "+910000000001", "message_id": "wamid.1" } ] }
				""");
		SendWhatsAppRequest request = SendWhatsAppRequest.text("+910000000000", "Hello")
			.recipient("+910000000001")
			.recipient("+910000000009")
			.build();
		StepVerifier.create(this.cocoonmail.client().sendWhatsApp(request)).assertNext((response) -> {
			assertThat(response.failedRecipients()).containsExactly("+910000000009");
			assertThat(response.messageIds()).containsExactly("wamid.1");
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
	}

	@Test
	void getWhatsAppStatusGetsWithMessageIdAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "whatsapp-status-response.json");
		StepVerifier.create(this.cocoonmail.client().getWhatsAppStatus("wamid.placeholder-id")).assertNext((status) -> {
			assertThat(status.uuid()).isEqualTo("uuid");
			assertThat(status.messageId()).isEqualTo("wamid.placeholder-id");
			assertThat(status.conversationId()).isEqualTo("conversation_id");
			assertThat(status.direction()).isEqualTo("outbound");
			assertThat(status.type()).isEqualTo("template");
			assertThat(status.status()).isEqualTo("sent");
			assertThat(status.delivered()).isTrue();
			assertThat(status.deliveredAt()).isEqualTo(Instant.parse("2026-04-08T07:35:00Z"));
			assertThat(status.read()).isFalse();
			assertThat(status.readAt()).isNull();
			assertThat(status.failed()).isFalse();
			assertThat(status.rejected()).isFalse();
			assertThat(status.created()).isEqualTo(Instant.parse("2026-04-08T07:30:24.854706Z"));
			assertThat(status.sentAt()).isEqualTo(Instant.parse("2026-04-08T07:30:25Z"));
			assertThat(status.to()).isEqualTo("+910000000000");
			assertThat(status.msgFrom()).contains(entry("type", "transactional"));
			assertThat(status.content()).contains(entry("template", "welcome_template"));
			assertThat(status.contact()).contains(entry("id", 1234), entry("email", "john.doe@example.com"));
		}).expectComplete().verify(MockCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("GET", "/webhook/whatsapp_message/status",
				Map.of("message_id", "wamid.placeholder-id"), null);
	}

	@Test
	void getWhatsAppStatusWhenDataIsNullCompletesEmpty() {
		this.cocoonmail.respond(200, """
				{ "message": "WhatsappMessage data fetched successfully", "data": null }
				""");
		StepVerifier.create(this.cocoonmail.client().getWhatsAppStatus("wamid.unknown"))
			.expectComplete()
			.verify(MockCocoonmail.TIMEOUT);
	}

}
