package com.cocoonmail.spring.sends;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.cocoonmail.spring.webhook.CocoonmailWebhookEvent;

/**
 * What a webhook event changes in a send. {@code email.sent} confirms the send (its
 * {@code sent_at} stays the time Cocoonmail accepted the call); {@code email.opened} and
 * {@code email.clicked} count and time opens and clicks and, when the send has no
 * {@code delivered_at} yet, set it to the event time (an open or a click proves
 * delivery); {@code email.bounced} sets {@code bounced_at}, {@code failed_at} and
 * {@code failure_reason}. Every email event fills {@code subscriber_uuid} from the
 * contact uuid. Other events change nothing.
 *
 * @author Cocoonmail Team
 */
final class SendEnrichment {

	static final String BOUNCED = "Bounced (reported by Cocoonmail's email.bounced webhook)";

	private SendEnrichment() {
	}

	static Optional<UnaryOperator<Send>> of(CocoonmailWebhookEvent event, Instant now) {
		Instant at = event.occurredAt();
		UnaryOperator<Send> change = switch (event.knownType()) {
			case EMAIL_SENT -> (send) -> send.toBuilder().build();
			case EMAIL_OPENED -> (send) -> delivered(send.toBuilder(), send, at).opens(send.openCount() + 1,
					SendTimes.earliest(send.firstOpenedAt(), at), SendTimes.latest(send.lastOpenedAt(), at))
				.build();
			case EMAIL_CLICKED -> (send) -> delivered(send.toBuilder(), send, at).clicks(send.clickCount() + 1,
					SendTimes.earliest(send.firstClickedAt(), at), SendTimes.latest(send.lastClickedAt(), at))
				.build();
			case EMAIL_BOUNCED -> (send) -> send.toBuilder().bouncedAt(at).failed(at, BOUNCED).build();
			default -> null;
		};
		if (change == null) {
			return Optional.empty();
		}
		String contactUuid = event.contactUuid();
		return Optional.of((send) -> {
			Send changed = change.apply(send);
			Send.Builder builder = changed.toBuilder().updatedAt(now);
			if (contactUuid != null && !contactUuid.isBlank()) {
				builder.subscriberUuid(contactUuid);
			}
			return builder.build();
		});
	}

	private static Send.Builder delivered(Send.Builder builder, Send send, Instant at) {
		return (send.deliveredAt() == null) ? builder.deliveredAt(at) : builder;
	}

}
