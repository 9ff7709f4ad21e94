package com.cocoonmail.spring.event;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.log.LogMessage;

/**
 * Reports every outcome of the bridge: an application event, a metric through the
 * {@link CocoonmailDeliveryListener} and, for a failure, a warning naming the recipients
 * by their first letter and domain. A listener that throws is logged and never stops the
 * bridge.
 *
 * @author Cocoonmail Team
 */
final class DeliveryReporter {

	private static final Log logger = LogFactory.getLog(CocoonmailEventBridge.class);

	private final ApplicationEventPublisher publisher;

	private final CocoonmailDeliveryListener listener;

	DeliveryReporter(ApplicationEventPublisher publisher, CocoonmailDeliveryListener listener) {
		this.publisher = publisher;
		this.listener = listener;
	}

	void delivered(Delivery delivery, @Nullable Object response) {
		this.listener.delivered(delivery.kind());
		publish(new CocoonmailDeliveredEvent(delivery.source(), delivery.kind(), delivery.request(), response));
	}

	void failed(Delivery delivery, Throwable cause) {
		failed(delivery.source(), delivery.kind(), delivery.request(), " to " + delivery.describeRecipients(), cause);
	}

	void failed(Object source, CocoonmailDeliveryKind kind, @Nullable Object request, Throwable cause) {
		failed(source, kind, request, "", cause);
	}

	private void failed(Object source, CocoonmailDeliveryKind kind, @Nullable Object request, String recipients,
			Throwable cause) {
		this.listener.failed(kind);
		LogMessage message = LogMessage.format("Cocoonmail %s%s published as %s was not delivered: %s",
				Delivery.describe(kind, request), recipients, source.getClass().getName(), cause.getMessage());
		if (logger.isDebugEnabled()) {
			logger.warn(message, cause);
		}
		else {
			logger.warn(message);
		}
		publish(new CocoonmailDeliveryFailedEvent(source, kind, request, cause));
	}

	void deduplicated(Delivery delivery) {
		this.listener.deduplicated(delivery.kind());
		logger.info(LogMessage.format(
				"Cocoonmail %s to %s not sent again: idempotency key '%s' was seen within "
						+ "cocoonmail.events.dedupe-window",
				Delivery.describe(delivery.kind(), delivery.request()), delivery.describeRecipients(),
				delivery.idempotencyKey()));
	}

	void possibleDuplicate(Claim claim) {
		Delivery delivery = claim.delivery();
		this.listener.possibleDuplicate(delivery.kind());
		logger.warn(LogMessage.format("Cocoonmail %s to %s (outbox request %d) is sent again: the dispatcher that "
				+ "sent it before stopped or died before recording the answer, so Cocoonmail may receive it twice",
				Delivery.describe(delivery.kind(), delivery.request()), delivery.describeRecipients(), claim.id()));
	}

	void retrying(Claim claim, Throwable cause, Duration delay) {
		Delivery delivery = claim.delivery();
		logger.info(LogMessage.format(
				"Cocoonmail %s to %s (outbox request %d, attempt %d) failed and is tried " + "again in %s: %s",
				Delivery.describe(delivery.kind(), delivery.request()), delivery.describeRecipients(), claim.id(),
				claim.attempt(), delay, cause.getMessage()));
	}

	void abandoned(Claim claim, boolean durable) {
		if (!durable) {
			failed(claim.delivery(),
					new CocoonmailException(
							"Cocoonmail event bridge "
									+ "stopped while sending; the request may or may not have reached Cocoonmail",
							null, false));
		}
	}

	private void publish(ApplicationEvent event) {
		try {
			this.publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Could not publish %s", event.getClass().getSimpleName()), ex);
		}
	}

}
