package com.cocoonmail.spring.sends;

import org.jspecify.annotations.Nullable;

/**
 * Reads the value a {@link SendFilter} compares from a send.
 *
 * @author Cocoonmail Team
 */
final class SendValues {

	private SendValues() {
	}

	static @Nullable String of(Send send, SendFilter filter) {
		return switch (filter) {
			case SUBSCRIBER_UUID -> send.subscriberUuid();
			case CAMPAIGN_UUID -> send.campaignUuid();
			case AUTOMATION_MAIL_UUID -> send.automationMailUuid();
			case TRANSACTIONAL_MAIL_LOG_ITEM_UUID -> send.transactionalMailLogItemUuid();
			case EMAIL -> send.email();
			case TRANSACTIONAL_ID -> send.transactionalId();
			case TRANSPORT_MESSAGE_ID -> send.transportMessageId();
		};
	}

}
