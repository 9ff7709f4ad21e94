package com.cocoonmail.spring.client.model;

import java.util.List;

import com.cocoonmail.spring.client.DocumentedExamples;
import com.cocoonmail.spring.client.TestJson;
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
		TestJson.assertWrites(DocumentedExamples.directRequest(), "send-direct-request.json");
	}

	@Test
	void sendDirectRequestAddsRecipientsByAddressAndCollection() {
		SendDirectRequest request = SendDirectRequest.builder()
			.to("a@example.com")
			.to(List.of(Recipient.of("b@example.com")))
			.cc(List.of("c@example.com"))
			.build();
		assertThat(TestJson.write(request)).isEqualTo(
				"{\"to\":[{\"email\":\"a@example.com\"},{\"email\":\"b@example.com\"}],\"cc\":[\"c@example.com\"]}");
		assertThat(TestJson.write(SendDirectRequest.builder().build())).isEqualTo("{}");
	}

	@Test
	void sendDirectResponseParsesDocumentedExample() {
		DocumentedExamples.assertDirectResponse(read(TestJson.resource("send-direct-response.json")));
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
		return TestJson.read(json, SendDirectResponse.class);
	}

}
