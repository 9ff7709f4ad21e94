package com.cocoonmail.spring.client.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.cocoonmail.spring.client.CocoonmailJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SendDirectRequest} and {@link SendDirectResponse}.
 *
 * @author Cocoonmail Team
 */
class SendDirectModelTests {

	@Test
	void sendDirectRequestWritesDocumentedExample() {
		SendDirectRequest request = SendDirectRequest.builder()
			.emailContent("<p>Hello</p>")
			.sender("sender@example.com")
			.subject("Hello")
			.to(Recipient.builder().email("recipient@example.com").name("John Doe").build())
			.replyTo("reply@example.com")
			.cc("cc@example.com")
			.attachment(Attachment.of("document.pdf", "application/pdf",
					"Some base64-encoded data".getBytes(StandardCharsets.UTF_8)))
			.build();
		assertThat(write(request)).isEqualTo(compact("""
				{
				  "email_content": "<p>Hello</p>",
				  "sender": "sender@example.com",
				  "subject": "Hello",
				  "to": [ { "email": "recipient@example.com", "name": "John Doe" } ],
				  "reply_to": "reply@example.com",
				  "cc": [ "cc@example.com" ],
				  "attachments": [ { "filename": "document.pdf", "contentType": "application/pdf",
				                     "data": "U29tZSBiYXNlNjQtZW5jb2RlZCBkYXRh" } ]
				}
				"""));
	}

	@Test
	void sendDirectRequestAddsRecipientsByAddressAndCollection() {
		SendDirectRequest request = SendDirectRequest.builder()
			.to("a@example.com")
			.to(List.of(Recipient.of("b@example.com")))
			.cc(List.of("c@example.com"))
			.build();
		assertThat(write(request)).isEqualTo(
				"{\"to\":[{\"email\":\"a@example.com\"},{\"email\":\"b@example.com\"}],\"cc\":[\"c@example.com\"]}");
		assertThat(write(SendDirectRequest.builder().build())).isEqualTo("{}");
	}

	@Test
	void sendDirectResponseParsesDocumentedExample() {
		SendDirectResponse response = read("""
				{
				  "success": true,
				  "message": "Direct transactional email send completed",
				  "sent_recipients": ["example2@example.com", "example1@example.com"],
				  "failed_recipients": [],
				  "invalid_recipients": []
				}
				""");
		assertThat(response.success()).isTrue();
		assertThat(response.message()).isEqualTo("Direct transactional email send completed");
		assertThat(response.sentRecipients()).containsExactly("example2@example.com", "example1@example.com");
		assertThat(response.failedRecipients()).isEmpty();
		assertThat(response.invalidRecipients()).isEmpty();
	}

	@Test
	void sendDirectResponseReadsFailedEmailsSynonymAndObjectElements() {
		SendDirectResponse response = read("""
				{ "success": true,
				  "failed_emails": [ { "email": "failed@example.com", "reason": "bounced" } ],
				  "invalid_recipients": [ "not-an-address", { "to": "also-bad" } ] }
				""");
		assertThat(response.failedRecipients()).containsExactly("failed@example.com");
		assertThat(response.invalidRecipients()).containsExactly("not-an-address", "also-bad");
		assertThat(response.sentRecipients()).isEmpty();
	}

	@Test
	void sendDirectResponseIgnoresUnknownFields() {
		SendDirectResponse response = read("{ \"success\": false, \"trace\": [1, 2], \"message\": \"Bad request\" }");
		assertThat(response.success()).isFalse();
		assertThat(response.message()).isEqualTo("Bad request");
	}

	private static SendDirectResponse read(String json) {
		return CocoonmailJson.mapper().readValue(json, SendDirectResponse.class);
	}

	private static String write(Object value) {
		return CocoonmailJson.mapper().writeValueAsString(value);
	}

	private static String compact(String json) {
		return CocoonmailJson.mapper().readTree(json).toString();
	}

}
