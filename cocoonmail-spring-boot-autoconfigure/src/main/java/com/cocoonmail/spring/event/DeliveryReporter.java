package com.cocoonmail.spring.event;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.log.LogMessage;

/**
 * Reports every outcome of the bridge: an application event, a metric through the
 * {@link CocoonmailDeliveryListener} and, for a failure, a warning. A listener that
 * throws is logged and never stops the bridge.
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
		failed(delivery.source(), delivery.kind(), delivery.request(), cause);
	}

	void failed(Object source, CocoonmailDeliveryKind kind, @Nullable Object request, Throwable cause) {
		this.listener.failed(kind);
		LogMessage message = LogMessage.format("Cocoonmail %s published as %s was not delivered: %s",
				Delivery.describe(kind, request), source.getClass().getName(), cause.getMessage());
		if (logger.isDebugEnabled()) {
			logger.warn(message, cause);
		}
		else {
			logger.warn(message);
		}
		publish(new CocoonmailDeliveryFailedEvent(source, kind, request, cause));
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
