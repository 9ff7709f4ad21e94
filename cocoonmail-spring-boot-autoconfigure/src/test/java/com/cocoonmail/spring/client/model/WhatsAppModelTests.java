package com.cocoonmail.spring.client.model;

import java.util.List;

import com.cocoonmail.spring.client.DocumentedExamples;
import com.cocoonmail.spring.client.TestJson;
import org.junit.jupiter.api.Test;

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
		TestJson.assertWrites(DocumentedExamples.whatsAppTemplateRequest(), "whatsapp-template-request.json");
	}

	@Test
	void textRequestWritesDocumentedExample() {
		TestJson.assertWrites(DocumentedExamples.whatsAppTextRequest(), "whatsapp-text-request.json");
	}

	@Test
	void recipientByNumberWritesNumberOnly() {
		SendWhatsAppRequest request = SendWhatsAppRequest.text("+910000000000", "Hi")
			.recipient("+910000000002")
			.recipients(List.of(WhatsAppRecipient.of("+910000000003")))
			.build();
		assertThat(request.recipient()).extracting(WhatsAppRecipient::whatsappNumber)
			.containsExactly("+910000000002", "+910000000003");
		assertThat(TestJson.write(request.recipient().get(0))).isEqualTo("{\"whatsapp_number\":\"+910000000002\"}");
		assertThat(request.parameterizedVariables()).isNull();
		assertThat(request.tags()).isNull();
	}

	@Test
	void whatsAppRecipientReadsNameAndFirstNameSeparately() {
		WhatsAppRecipient recipient = TestJson.read(
				"{ \"whatsapp_number\": \"+1\", \"name\": \"John Doe\", \"first_name\": \"John\" }",
				WhatsAppRecipient.class);
		assertThat(recipient.name()).isEqualTo("John Doe");
		assertThat(recipient.firstName()).isEqualTo("John");
	}

	@Test
	void templateResponseParsesDocumentedExample() {
		DocumentedExamples
			.assertWhatsAppTemplateResponse(readResponse(TestJson.resource("whatsapp-template-response.json")));
	}

	@Test
	void textResponseParsesDocumentedExample() {
		DocumentedExamples.assertWhatsAppTextResponse(readResponse(TestJson.resource("whatsapp-text-response.json")));
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
		DocumentedExamples.assertWhatsAppStatus(
				TestJson.readData(TestJson.resource("whatsapp-status-response.json"), WhatsAppStatus.class));
	}

	@Test
	void whatsAppContentFactoriesSetOnlyTheirFields() {
		assertThat(TestJson.write(WhatsAppContent.template("welcome_template", "en")))
			.isEqualTo("{\"template_name\":\"welcome_template\",\"template_language\":\"en\"}");
		assertThat(TestJson.write(WhatsAppContent.text("Hello"))).isEqualTo("{\"body\":\"Hello\"}");
	}

	private static SendWhatsAppResponse readResponse(String json) {
		return TestJson.read(json, SendWhatsAppResponse.class);
	}

}
