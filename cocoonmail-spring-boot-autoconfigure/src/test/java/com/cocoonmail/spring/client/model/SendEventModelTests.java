package com.cocoonmail.spring.client.model;

import java.util.Map;

import com.cocoonmail.spring.client.TestJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SendEventRequest} and {@link SendEventResponse}.
 *
 * @author Cocoonmail Team
 */
class SendEventModelTests {

	@Test
	void sendEventRequestOfWritesNameAndEmailOnly() {
		SendEventRequest request = SendEventRequest.of("signup", "jsmith@example.com");
		assertThat(TestJson.write(request)).isEqualTo("{\"event_name\":\"signup\",\"email\":\"jsmith@example.com\"}");
	}

	@Test
	void sendEventRequestBuilderWritesAttributesInOrder() {
		SendEventRequest request = SendEventRequest.builder()
			.eventName("order_placed")
			.email("jsmith@example.com")
			.attribute("order_id", "A-42")
			.attributes(Map.of("total", 99))
			.attribute("express", true)
			.build();
		assertThat(TestJson.write(request)).isEqualTo(TestJson.compact("""
				{
				  "event_name": "order_placed",
				  "email": "jsmith@example.com",
				  "event_attribute": { "order_id": "A-42", "total": 99, "express": true }
				}
				"""));
		assertThat(request.eventAttribute()).containsEntry("order_id", "A-42");
	}

	@Test
	void sendEventResponseParsesDocumentedExample() {
		SendEventResponse response = TestJson.read(TestJson.resource("send-event-response.json"),
				SendEventResponse.class);
		assertThat(response.success()).isTrue();
		assertThat(response.id()).isEqualTo("f208364f-0fb2-4518-a55d-7270b557bfe4");
	}

	@Test
	void sendEventResponseIgnoresUnknownFields() {
		SendEventResponse response = TestJson
			.read("{ \"success\": true, \"id\": 17, \"contact\": { \"created\": true } }", SendEventResponse.class);
		assertThat(response.id()).isEqualTo("17");
	}

}
