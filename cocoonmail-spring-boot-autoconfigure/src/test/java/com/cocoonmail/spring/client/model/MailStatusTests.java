package com.cocoonmail.spring.client.model;

import java.time.Instant;

import com.cocoonmail.spring.client.CocoonmailJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MailStatus} and {@link TrackingLog}.
 *
 * @author Cocoonmail Team
 */
class MailStatusTests {

	// The answer of GET /webhook/mail/status as given in the mail-status seed document
	private static final String DOCUMENTED_ANSWER = """
			{
			"message": "Mail status data fetched successfully",
			"data": {
			"x_message_id": "123e4567-e89b-12d3-a456-426614174000",
			"mail_content": "<p>Hello John, welcome to our platform!</p>",
			"subject": "Welcome to Our Platform",
			"name": "John Doe",
			"sent": true,
			"sent_at": "2026-03-20T10:15:30.000Z",
			"bounced": false,
			"bounced_at": null,
			"bounced_error": null,
			"unsubscribed": false,
			"unsubscribed_at": null,
			"delivered": true,
			"delivered_at": "2026-03-20T10:16:05.000Z",
			"open": true,
			"opened_count": 3,
			"bounce_type": null,
			"clicked": true,
			"clicked_count": 2,
			"sendable": true,
			"failed": false,
			"SMTP_code": "250",
			"SMTP_error": null,
			"email": "john.doe@example.com",
			"transactional_mail_id": "trns-abc123xyz789",
			"created": "2026-03-20T10:14:50.000Z",
			"transactional_name": "Welcome Email Campaign",
			"scheduled_at": "2026-03-20T10:15:00.000Z",
			"tracking_logs": [
			{
			"user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36",
			"client_family": "Chrome",
			"client_version": "122.0.0.0",
			"os_name": "Windows",
			"os_version": "10",
			"device_type": "Desktop",
			"ip_address": "192.168.1.1",
			"created": "2026-03-20T10:17:10.000Z",
			"type": "OPEN"
			},
			{
			"user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile Safari/604.1",
			"client_family": "Mobile Safari",
			"client_version": "17.0",
			"os_name": "iOS",
			"os_version": "17.0",
			"device_type": "Mobile",
			"ip_address": "192.168.1.2",
			"created": "2026-03-20T10:18:25.000Z",
			"type": "CLICK"
			}
			]
			}
			}
			""";

	@Test
	void mailStatusParsesDocumentedExample() {
		MailStatus status = readData(DOCUMENTED_ANSWER);
		assertThat(status.messageId()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
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
		assertThat(status.trackingLogs()).hasSize(2);
	}

	@Test
	void mailStatusParsesDocumentedTrackingLogs() {
		MailStatus status = readData(DOCUMENTED_ANSWER);
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

	private static MailStatus readData(String answer) {
		JsonNode data = CocoonmailJson.mapper().readTree(answer).get("data");
		return CocoonmailJson.mapper().treeToValue(data, MailStatus.class);
	}

	private static MailStatus read(String json) {
		return CocoonmailJson.mapper().readValue(json, MailStatus.class);
	}

}
