package com.cocoonmail.spring.client.model;

import java.time.Instant;

import com.cocoonmail.spring.client.DocumentedExamples;
import com.cocoonmail.spring.client.TestJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MailStatus} and {@link TrackingLog}.
 *
 * @author Cocoonmail Team
 */
class MailStatusTests {

	@Test
	void mailStatusParsesDocumentedExample() {
		DocumentedExamples.assertMailStatus(readDocumentedAnswer());
	}

	@Test
	void mailStatusParsesDocumentedTrackingLogs() {
		DocumentedExamples.assertMailStatusTrackingLogs(readDocumentedAnswer());
	}

	@Test
	void mailStatusReadsMessageIdSynonymAndLenientTimestamps() {
		MailStatus status = read(
				"""
						{ "message_id": "m-1", "sent_at": "2026-03-20T10:15:30.123456", "bounced_at": "2026-03-20T12:15:30+02:00" }
						""");
		assertThat(status.messageId()).isEqualTo("m-1");
		assertThat(status.sentAt()).isEqualTo(Instant.parse("2026-03-20T10:15:30.123456Z"));
		assertThat(status.bouncedAt()).isEqualTo(Instant.parse("2026-03-20T10:15:30Z"));
	}

	@Test
	void mailStatusWithoutTrackingLogsHasEmptyList() {
		assertThat(read("{ \"x_message_id\": \"m-1\" }").trackingLogs()).isEmpty();
		assertThat(read("{ \"tracking_logs\": null }").trackingLogs()).isEmpty();
	}

	@Test
	void mailStatusIgnoresUnknownFields() {
		MailStatus status = read("""
				{ "x_message_id": "m-1", "campaign": { "id": 7 }, "SMTP_code": "550", "labels": [ "a" ],
				  "tracking_logs": [ { "type": "CLICK", "url": "https://example.com" } ] }
				""");
		assertThat(status.messageId()).isEqualTo("m-1");
		assertThat(status.smtpCode()).isEqualTo("550");
		assertThat(status.trackingLogs()).extracting(TrackingLog::type).containsExactly("CLICK");
	}

	private static MailStatus readDocumentedAnswer() {
		return TestJson.readData(TestJson.resource("mail-status-response.json"), MailStatus.class);
	}

	private static MailStatus read(String json) {
		return TestJson.read(json, MailStatus.class);
	}

}
