package com.cocoonmail.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A webhook delivery as Cocoonmail posts it: the reserved {@code x-cocoon-*} headers and
 * a JSON body.
 *
 * @param type the {@code x-cocoon-event-type}, such as {@code email.opened}
 * @param occurredAt the {@code x-cocoon-event-datetime}
 * @param headers the reserved headers, {@code x-cocoon-event-type} and
 * {@code x-cocoon-event-datetime} included
 * @param body the JSON body
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record EmulatorWebhook(String type, Instant occurredAt, Map<String, String> headers, String body) {

	/**
	 * An email event ({@code email.sent}, {@code email.opened}, {@code email.clicked},
	 * {@code email.bounced}, {@code email.unsubscribed}...) about one message.
	 * @param type the event type
	 * @param messageId the message id from the send's report
	 * @param contactEmail the recipient
	 * @param occurredAt when it happened
	 * @return the webhook
	 */
	public static EmulatorWebhook email(String type, String messageId, String contactEmail, Instant occurredAt) {
		Map<String, String> headers = reserved(type, occurredAt);
		String contactUuid = UUID.nameUUIDFromBytes(contactEmail.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.toString();
		headers.put("x-cocoon-email-message-id", messageId);
		headers.put("x-cocoon-email-sender", "sender@emulator.cocoonmail.test");
		headers.put("x-cocoon-contact-uuid", contactUuid);
		headers.put("x-cocoon-contact-email", contactEmail);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event_type", type);
		body.put("timestamp", occurredAt.toString());
		body.put("message_id", messageId);
		body.put("email", contactEmail);
		return new EmulatorWebhook(type, occurredAt, Map.copyOf(headers), EmulatorJson.write(body));
	}

	/**
	 * A contact event ({@code contact.created}, {@code contact.updated},
	 * {@code contact.deleted}).
	 * @param type the event type
	 * @param contactUuid the contact's uuid
	 * @param contactEmail the contact's email
	 * @param occurredAt when it happened
	 * @return the webhook
	 */
	public static EmulatorWebhook contact(String type, String contactUuid, String contactEmail, Instant occurredAt) {
		Map<String, String> headers = reserved(type, occurredAt);
		headers.put("x-cocoon-contact-uuid", contactUuid);
		headers.put("x-cocoon-contact-email", contactEmail);
		String body = EmulatorJson.write(Map.of("event_type", type, "timestamp", occurredAt.toString(), "contact",
				Map.of("uuid", contactUuid, "email", contactEmail)));
		return new EmulatorWebhook(type, occurredAt, Map.copyOf(headers), body);
	}

	private static Map<String, String> reserved(String type, Instant occurredAt) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("x-cocoon-event-type", type);
		headers.put("x-cocoon-event-datetime", occurredAt.toString());
		return headers;
	}

}
