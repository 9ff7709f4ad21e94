package com.cocoonmail.spring.client.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.cocoonmail.spring.client.CocoonmailJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the WhatsApp records: {@link SendWhatsAppRequest},
 * {@link SendWhatsAppResponse}, {@link WhatsAppStatus} and their parts.
 *
 * @author Cocoonmail Team
 */
class WhatsAppModelTests {

	@Test
	void templateRequestWritesDocumentedExample() {
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
		assertThat(write(request)).isEqualTo(
				compact("""
						{
						  "from_number": "+910000000000",
						  "type": "template",
						  "content": { "template_name": "welcome_template", "template_language": "en" },
						  "recipient": [ { "whatsapp_number": "+910000000000", "first_name": "John", "email": "john@example.com" } ],
						  "add_recipient_to_contacts": false,
						  "parameterized_variables": { "organization.company_name": "John Doe" },
						  "event": { "code": "START", "name": "start", "data": { "date_time": "2026-01-27T01:30:21Z" } },
						  "tags": [ "tag1" ]
						}
						"""));
	}

	@Test
	void textRequestWritesDocumentedExample() {
		SendWhatsAppRequest request = SendWhatsAppRequest.text("+910000000000", "Hello")
			.recipient(WhatsAppRecipient.builder()
				.whatsappNumber("+910000000001")
				.firstName("Jane")
				.email("jane@example.com")
				.attribute("plan", "pro")
				.build())
			.build();
		assertThat(write(request)).isEqualTo(
				compact("""
						{ "from_number": "+910000000000", "type": "text", "content": { "body": "Hello" },
						  "recipient": [ { "whatsapp_number": "+910000000001", "first_name": "Jane", "email": "jane@example.com",
						                   "attributes": { "plan": "pro" } } ] }
						"""));
	}

	@Test
	void recipientByNumberWritesNumberOnly() {
		SendWhatsAppRequest request = SendWhatsAppRequest.text("+910000000000", "Hi")
			.recipient("+910000000002")
			.recipients(List.of(WhatsAppRecipient.of("+910000000003")))
			.build();
		assertThat(request.recipient()).extracting(WhatsAppRecipient::whatsappNumber)
			.containsExactly("+910000000002", "+910000000003");
		assertThat(write(request.recipient().get(0))).isEqualTo("{\"whatsapp_number\":\"+910000000002\"}");
		assertThat(request.parameterizedVariables()).isNull();
		assertThat(request.tags()).isNull();
	}

	@Test
	void whatsAppRecipientReadsNameAndFirstNameSeparately() {
		WhatsAppRecipient recipient = CocoonmailJson.mapper()
			.readValue("{ \"whatsapp_number\": \"+1\", \"name\": \"John Doe\", \"first_name\": \"John\" }",
					WhatsAppRecipient.class);
		assertThat(recipient.name()).isEqualTo("John Doe");
		assertThat(recipient.firstName()).isEqualTo("John");
	}

	@Test
	void templateResponseParsesDocumentedExample() {
		SendWhatsAppResponse response = readResponse("""
				{
				  "success": true,
				  "failed_recipients": [],
				  "report": [ { "to": "whatsapp_number", "message_id": "message_id" } ],
				  "quotas": { "MAX_WHATSAPP_SEND_PER_MONTH": { "limit": "usage", "usage": "usage" } },
				  "message": "Transactional WhatsApp messages sent successfully."
				}
				""");
		assertThat(response.success()).isTrue();
		assertThat(response.failedRecipients()).isEmpty();
		assertThat(response.report()).containsExactly(new MessageReport("whatsapp_number", "message_id"));
		assertThat(response.messageIds()).containsExactly("message_id");
		assertThat(response.quotas()).containsOnlyKeys("MAX_WHATSAPP_SEND_PER_MONTH");
		assertThat(response.quotas().get("MAX_WHATSAPP_SEND_PER_MONTH").limit()).isEqualTo("usage");
		assertThat(response.message()).isEqualTo("Transactional WhatsApp messages sent successfully.");
	}

	@Test
	void textResponseParsesDocumentedExample() {
		SendWhatsAppResponse response = readResponse(
				"{ \"success\": true, \"message\": \"WhatsApp message(s) sent successfully.\" }");
		assertThat(response.success()).isTrue();
		assertThat(response.message()).isEqualTo("WhatsApp message(s) sent successfully.");
		assertThat(response.failedRecipients()).isEmpty();
		assertThat(response.report()).isEmpty();
		assertThat(response.quotas()).isEmpty();
		assertThat(response.messageIds()).isEmpty();
	}

	@Test
	void responseReadsFailedEmailsSynonymAndObjectElements() {
		SendWhatsAppResponse response = readResponse(
				"""
						{ "success": true, "failed_emails": [ "+910000000009", { "whatsapp_number": "+91", "to": "+910000000008" } ] }
						""");
		assertThat(response.failedRecipients()).containsExactly("+910000000009", "+910000000008");
	}

	@Test
	void whatsAppStatusParsesDocumentedExampleWithMixedPrecision() {
		JsonNode answer = CocoonmailJson.mapper().readTree("""
				{
				  "message": "WhatsappMessage data fetched successfully",
				  "data": {
				    "uuid": "uuid",
				    "message_id": "wamid.placeholder-id",
				    "conversation_id": "conversation_id",
				    "direction": "outbound",
				    "msg_from": { "id": "id", "type": "transactional", "display": "Transactional Message" },
				    "type": "template",
				    "content": {
				      "to": "+910000000000", "language": "en", "template": "welcome_template",
				      "components": [
				        { "type": "header", "parameters": [] },
				        { "type": "body", "parameters": [
				          { "text": "John", "type": "text", "parameter_name": "contact_first_name" },
				          { "text": "john.doe@example.com", "type": "text", "parameter_name": "contact_email" } ] },
				        { "type": "footer" }
				      ]
				    },
				    "status": "sent",
				    "delivered": true, "delivered_at": "2026-04-08T07:35:00.000Z",
				    "read": false, "read_at": null,
				    "failed": false, "failed_at": null,
				    "rejected": false, "rejected_at": null,
				    "created": "2026-04-08T07:30:24.854706Z",
				    "updated": "2026-04-08T07:35:00.000Z",
				    "metadata": {},
				    "sent_at": "2026-04-08T07:30:25.000000Z",
				    "to": "+910000000000",
				    "contact": { "id": 1234, "email": "john.doe@example.com", "name": "John Doe", "first_name": "John",
				                 "whatsapp_number": "+910000000000", "is_whatsapp_unsubscribed": false },
				    "transactional_audience": { "uuid": "uuid", "audience_uuid": "audience_uuid" }
				  }
				}
				""");
		WhatsAppStatus status = CocoonmailJson.mapper().treeToValue(answer.get("data"), WhatsAppStatus.class);
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
		assertThat(status.contact()).containsEntry("id", 1234).containsEntry("first_name", "John");
	}

	@Test
	void whatsAppContentFactoriesSetOnlyTheirFields() {
		assertThat(write(WhatsAppContent.template("welcome_template", "en")))
			.isEqualTo("{\"template_name\":\"welcome_template\",\"template_language\":\"en\"}");
		assertThat(write(WhatsAppContent.text("Hello"))).isEqualTo("{\"body\":\"Hello\"}");
	}

	private static SendWhatsAppResponse readResponse(String json) {
		return CocoonmailJson.mapper().readValue(json, SendWhatsAppResponse.class);
	}

	private static String write(Object value) {
		return CocoonmailJson.mapper().writeValueAsString(value);
	}

	private static String compact(String json) {
		return CocoonmailJson.mapper().readTree(json).toString();
	}

}
