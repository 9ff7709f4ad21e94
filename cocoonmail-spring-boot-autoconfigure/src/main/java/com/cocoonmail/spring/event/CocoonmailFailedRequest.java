package com.cocoonmail.spring.event;

import java.time.Instant;

/**
 * A request the event bridge finally failed to deliver, kept in the outbox until it is
 * {@link CocoonmailOutbox#resubmit(long) re-submitted}.
 *
 * @param id the id to re-submit it with
 * @param kind the kind of request
 * @param request the {@code SendEventRequest} or {@code SendMailRequest}
 * @param attempts how many times the outbox tried to send it
 * @param failedAt when it finally failed
 * @param error why it failed, as the message of the last error
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record CocoonmailFailedRequest(long id, CocoonmailDeliveryKind kind, Object request, int attempts,
		Instant failedAt, String error) {

}
