package com.cocoonmail.spring.webhook;

import java.time.Instant;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The reserved {@code x-cocoon-*} headers of one delivery.
 *
 * @param type the {@code x-cocoon-event-type} header
 * @param occurredAt the {@code x-cocoon-event-datetime} header
 * @param messageId the {@code x-cocoon-email-message-id} header, else
 * {@code x-cocoon-message-id}
 * @param contactUuid the {@code x-cocoon-contact-uuid} header
 * @param contactEmail the {@code x-cocoon-contact-email} header
 * @author Cocoonmail Team
 */
record WebhookHeaders(String type, Instant occurredAt, @Nullable String messageId, @Nullable String contactUuid,
		@Nullable String contactEmail) {

	static final String EVENT_TYPE = "x-cocoon-event-type";

	static final String EVENT_DATETIME = "x-cocoon-event-datetime";

	static final String EMAIL_MESSAGE_ID = "x-cocoon-email-message-id";

	static final String MESSAGE_ID = "x-cocoon-message-id";

	static final String CONTACT_UUID = "x-cocoon-contact-uuid";

	static final String CONTACT_EMAIL = "x-cocoon-contact-email";

	/**
	 * Read the reserved headers.
	 * @param header looks a header up by name, case-insensitively
	 * @return the headers
	 * @throws WebhookRefusal if the type or the time is missing, or the time unreadable
	 */
	static WebhookHeaders read(Function<String, @Nullable String> header) {
		String type = text(header.apply(EVENT_TYPE));
		if (type == null) {
			throw WebhookRefusal.malformed("Missing " + EVENT_TYPE + " header");
		}
		String dateTime = text(header.apply(EVENT_DATETIME));
		if (dateTime == null) {
			throw WebhookRefusal.malformed("Missing " + EVENT_DATETIME + " header");
		}
		Instant occurredAt;
		try {
			occurredAt = WebhookDateTime.parse(dateTime);
		}
		catch (IllegalArgumentException ex) {
			throw WebhookRefusal.malformed(WebhookDateTime.UNREADABLE);
		}
		String messageId = text(header.apply(EMAIL_MESSAGE_ID));
		if (messageId == null) {
			messageId = text(header.apply(MESSAGE_ID));
		}
		return new WebhookHeaders(type, occurredAt, messageId, text(header.apply(CONTACT_UUID)),
				text(header.apply(CONTACT_EMAIL)));
	}

	private static @Nullable String text(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
