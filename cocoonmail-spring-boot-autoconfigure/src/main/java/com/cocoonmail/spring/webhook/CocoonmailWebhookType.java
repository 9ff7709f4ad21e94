package com.cocoonmail.spring.webhook;

import org.jspecify.annotations.Nullable;

/**
 * The webhook event types this version knows, by their {@code x-cocoon-event-type} names;
 * any other type is {@link #UNKNOWN}, accepted and published all the same.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public enum CocoonmailWebhookType {

	/**
	 * {@code contact.created}.
	 */
	CONTACT_CREATED("contact.created"),

	/**
	 * {@code contact.updated}.
	 */
	CONTACT_UPDATED("contact.updated"),

	/**
	 * {@code contact.deleted}.
	 */
	CONTACT_DELETED("contact.deleted"),

	/**
	 * {@code email.sent}: accepted for delivery.
	 */
	EMAIL_SENT("email.sent"),

	/**
	 * {@code email.opened}.
	 */
	EMAIL_OPENED("email.opened"),

	/**
	 * {@code email.clicked}: a tracked link was clicked.
	 */
	EMAIL_CLICKED("email.clicked"),

	/**
	 * {@code email.bounced}: delivery failed.
	 */
	EMAIL_BOUNCED("email.bounced"),

	/**
	 * {@code email.subscribed}.
	 */
	EMAIL_SUBSCRIBED("email.subscribed"),

	/**
	 * {@code email.unsubscribed}.
	 */
	EMAIL_UNSUBSCRIBED("email.unsubscribed"),

	/**
	 * {@code whatsapp.sent}.
	 */
	WHATSAPP_SENT("whatsapp.sent"),

	/**
	 * {@code whatsapp.failed}.
	 */
	WHATSAPP_FAILED("whatsapp.failed"),

	/**
	 * {@code whatsapp.read}.
	 */
	WHATSAPP_READ("whatsapp.read"),

	/**
	 * {@code whatsapp.engaged}.
	 */
	WHATSAPP_ENGAGED("whatsapp.engaged"),

	/**
	 * {@code whatsapp.subscribed}.
	 */
	WHATSAPP_SUBSCRIBED("whatsapp.subscribed"),

	/**
	 * {@code whatsapp.unsubscribed}.
	 */
	WHATSAPP_UNSUBSCRIBED("whatsapp.unsubscribed"),

	/**
	 * {@code whatsapp.message_received}.
	 */
	WHATSAPP_MESSAGE_RECEIVED("whatsapp.message_received"),

	/**
	 * A type this version does not know.
	 */
	UNKNOWN("");

	private final String wireName;

	CocoonmailWebhookType(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * Return the {@code x-cocoon-event-type} name, empty for {@link #UNKNOWN}.
	 * @return the name
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * Return the known type with this {@code x-cocoon-event-type} name.
	 * @param wireName the name, case-insensitive
	 * @return the type, {@link #UNKNOWN} if none has that name
	 */
	public static CocoonmailWebhookType of(@Nullable String wireName) {
		if (wireName != null && !wireName.isEmpty()) {
			for (CocoonmailWebhookType type : values()) {
				if (type.wireName.equalsIgnoreCase(wireName.strip())) {
					return type;
				}
			}
		}
		return UNKNOWN;
	}

}
