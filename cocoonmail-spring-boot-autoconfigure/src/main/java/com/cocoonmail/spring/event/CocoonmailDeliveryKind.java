package com.cocoonmail.spring.event;

/**
 * What the event bridge sends to Cocoonmail for a published object.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public enum CocoonmailDeliveryKind {

	/**
	 * A Cocoonmail event, sent as a {@code SendEventRequest}.
	 */
	EVENT,

	/**
	 * A transactional mail, sent as a {@code SendMailRequest}.
	 */
	MAIL

}
