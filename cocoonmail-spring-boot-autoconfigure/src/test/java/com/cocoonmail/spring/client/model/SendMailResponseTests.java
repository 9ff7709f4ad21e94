package com.cocoonmail.spring.client.model;

import java.util.List;
import java.util.Map;

import com.cocoonmail.spring.client.DocumentedExamples;
import com.cocoonmail.spring.client.TestJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SendMailResponse}, {@link MessageReport}, {@link Quota} and
 * {@link RecipientTextDeserializer}.
 *
 * @author Cocoonmail Team
 */
class SendMailResponseTests {

	@Test
	void sendMailResponseParsesDocumentedExample() {
		DocumentedExamples.assertMailResponse(read(TestJson.resource("send-mail-response.json")));
	}

	@Test
	void sendMailResponseReadsFailedEmailsSynonym() {
		SendMailResponse response = read("""
				{ "success": true, "failed_emails": [ "bounced@example.com" ],
				  "report": [ { "to": "ok@example.com", "message_id": "m-1" } ] }
				""");
		assertThat(response.failedRecipients()).containsExactly("bounced@example.com");
		assertThat(response.messageIds()).containsExactly("m-1");
	}

	@Test
	void sendMailResponseReducesObjectElementsOfFailedRecipients() {
		SendMailResponse response = read("""
				{ "success": true, "failed_recipients": [
				    "plain@example.com",
				    { "email": "object@example.com", "reason": "unsubscribed" },
				    { "to": "to@example.com", "error": "bounced" },
				    { "email": 42, "code": "X" },
				    1234
				] }
				""");
		assertThat(response.failedRecipients()).containsExactly("plain@example.com", "object@example.com",
				"to@example.com", "{\"email\":42,\"code\":\"X\"}", "1234");
	}

	@Test
	void sendMailResponseDropsNullElements() {
		SendMailResponse response = read(
				"{ \"failed_recipients\": [ null, \"a@example.com\" ], \"report\": [ null ] }");
		assertThat(response.failedRecipients()).containsExactly("a@example.com");
		assertThat(response.report()).isEmpty();
	}

	@Test
	void sendMailResponseWritesWireNamesOnly() {
		SendMailResponse response = new SendMailResponse(true, List.of("x@example.com"),
				List.of(new MessageReport("a@example.com", "m-1")), Map.of(), null, "ok");
		assertThat(TestJson.write(response)).isEqualTo("{\"success\":true,\"failed_recipients\":[\"x@example.com\"],"
				+ "\"report\":[{\"to\":\"a@example.com\",\"message_id\":\"m-1\"}],\"quotas\":{},\"message\":\"ok\"}");
	}

	@Test
	void sendMailResponseWithoutCollectionsHasEmptyOnes() {
		SendMailResponse response = read("{ \"success\": false, \"message\": \"Invalid sender\" }");
		assertThat(response.success()).isFalse();
		assertThat(response.failedRecipients()).isEmpty();
		assertThat(response.report()).isEmpty();
		assertThat(response.quotas()).isEmpty();
		assertThat(response.messageIds()).isEmpty();
		assertThat(response.sender()).isNull();
	}

	@Test
	void sendMailResponseWithNullCollectionsHasEmptyOnes() {
		SendMailResponse response = read("{ \"failed_recipients\": null, \"report\": null, \"quotas\": null }");
		assertThat(response.failedRecipients()).isEmpty();
		assertThat(response.report()).isEmpty();
		assertThat(response.quotas()).isEmpty();
	}

	@Test
	void messageIdsSkipReportsWithoutId() {
		SendMailResponse response = read("""
				{ "report": [ { "to": "a@example.com", "message_id": "m-1" }, { "to": "b@example.com" },
				              { "to": "c@example.com", "message_id": "m-3" } ] }
				""");
		assertThat(response.report()).hasSize(3);
		assertThat(response.messageIds()).containsExactly("m-1", "m-3");
	}

	@Test
	void quotaValuesMayBeNumbersOrNumericText() {
		SendMailResponse response = read("""
				{ "quotas": { "MAX_SEND_MAIL_PER_DAY": { "limit": 1000, "usage": "12" },
				              "MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL": { "limit": 5000.0 } } }
				""");
		Quota daily = response.quotas().get("MAX_SEND_MAIL_PER_DAY");
		assertThat(daily.limit()).isEqualTo("1000");
		assertThat(daily.limitValue()).isEqualTo(1000L);
		assertThat(daily.usageValue()).isEqualTo(12L);
		Quota monthly = response.quotas().get("MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL");
		assertThat(monthly.limitValue()).isEqualTo(5000L);
		assertThat(monthly.usage()).isNull();
		assertThat(monthly.usageValue()).isNull();
	}

	@Test
	void quotaHelpersAreNotWritten() {
		assertThat(TestJson.write(new Quota("10", "2"))).isEqualTo("{\"limit\":\"10\",\"usage\":\"2\"}");
	}

	@Test
	void sendMailResponseIgnoresUnknownFields() {
		SendMailResponse response = read("""
				{ "success": true, "request_id": "r-1", "debug": { "node": 3 },
				  "report": [ { "to": "a@example.com", "message_id": "m-1", "status": "queued" } ] }
				""");
		assertThat(response.success()).isTrue();
		assertThat(response.messageIds()).containsExactly("m-1");
	}

	private static SendMailResponse read(String json) {
		return TestJson.read(json, SendMailResponse.class);
	}

}
