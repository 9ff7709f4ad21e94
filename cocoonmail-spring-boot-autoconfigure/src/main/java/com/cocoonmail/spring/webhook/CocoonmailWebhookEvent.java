package com.cocoonmail.spring.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;

/**
 * Published once per accepted webhook delivery from Cocoonmail. The payload schema is
 * undocumented, so the reserved {@code x-cocoon-*} headers are read into fields and the
 * raw JSON body is kept as it came.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class CocoonmailWebhookEvent extends ApplicationEvent {

	private final String type;

	private final CocoonmailWebhookType knownType;

	private final Instant occurredAt;

	private final @Nullable String messageId;

	private final @Nullable String contactUuid;

	private final @Nullable String contactEmail;

	private final String body;

	/**
	 * Create an event.
	 * @param source the receiver that accepted the delivery
	 * @param type the {@code x-cocoon-event-type} header, as sent
	 * @param occurredAt the {@code x-cocoon-event-datetime} header
	 * @param messageId the {@code x-cocoon-email-message-id} (email events) or
	 * {@code x-cocoon-message-id} (WhatsApp events) header, if sent
	 * @param contactUuid the {@code x-cocoon-contact-uuid} header, if sent
	 * @param contactEmail the {@code x-cocoon-contact-email} header, if sent
	 * @param body the raw JSON body
	 */
	public CocoonmailWebhookEvent(Object source, String type, Instant occurredAt, @Nullable String messageId,
			@Nullable String contactUuid, @Nullable String contactEmail, String body) {
		super(source);
		this.type = type;
		this.knownType = CocoonmailWebhookType.of(type);
		this.occurredAt = occurredAt;
		this.messageId = messageId;
		this.contactUuid = contactUuid;
		this.contactEmail = contactEmail;
		this.body = body;
	}

	/**
	 * Return the event type as Cocoonmail sent it, such as {@code email.opened}.
	 * @return the type
	 */
	public String type() {
		return this.type;
	}

	/**
	 * Return the event type, {@link CocoonmailWebhookType#UNKNOWN} if this version does
	 * not know it.
	 * @return the known type
	 */
	public CocoonmailWebhookType knownType() {
		return this.knownType;
	}

	/**
	 * Return when the event happened, per {@code x-cocoon-event-datetime}.
	 * @return the time
	 */
	public Instant occurredAt() {
		return this.occurredAt;
	}

	/**
	 * Return the message id the event is about (Cocoonmail's {@code message_id}, the
	 * ledger's {@code transport_message_id}), if sent.
	 * @return the message id, or {@code null}
	 */
	public @Nullable String messageId() {
		return this.messageId;
	}

	/**
	 * Return Cocoonmail's contact uuid, if sent.
	 * @return the contact uuid, or {@code null}
	 */
	public @Nullable String contactUuid() {
		return this.contactUuid;
	}

	/**
	 * Return the contact's email address, if sent.
	 * @return the address, or {@code null}
	 */
	public @Nullable String contactEmail() {
		return this.contactEmail;
	}

	/**
	 * Return the raw JSON body.
	 * @return the body
	 */
	public String body() {
		return this.body;
	}

	@Override
	public String toString() {
		return "CocoonmailWebhookEvent[type=" + this.type + ", occurredAt=" + this.occurredAt + ", messageId="
				+ this.messageId + "]";
	}

}
