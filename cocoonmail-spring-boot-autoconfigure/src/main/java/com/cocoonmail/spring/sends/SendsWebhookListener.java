package com.cocoonmail.spring.sends;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.cocoonmail.spring.webhook.CocoonmailWebhookEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationListener;

/**
 * Enriches the sends a webhook is about (matched by Cocoonmail's message id) with what it
 * tells: opens, clicks, bounces, the contact uuid and, as an open or a click proves it,
 * delivery. Runs in the thread that publishes the event.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 * @see SendEnrichment
 */
public class SendsWebhookListener implements ApplicationListener<CocoonmailWebhookEvent> {

	private static final Log logger = LogFactory.getLog(SendsWebhookListener.class);

	private final SendStore store;

	private final Clock clock;

	/**
	 * Create a listener.
	 * @param store where sends are kept
	 * @param clock the clock changes are timed with
	 */
	public SendsWebhookListener(SendStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void onApplicationEvent(CocoonmailWebhookEvent event) {
		String messageId = event.messageId();
		Optional<UnaryOperator<Send>> change = SendEnrichment.of(event, this.clock.instant());
		if (messageId == null || change.isEmpty()) {
			return;
		}
		int changed = this.store.updateByTransportMessageId(messageId, change.get());
		if (changed == 0 && logger.isDebugEnabled()) {
			logger.debug("No send has the message id of " + event);
		}
	}

}
