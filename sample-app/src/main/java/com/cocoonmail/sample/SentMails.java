package com.cocoonmail.sample;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.cocoonmail.spring.client.model.MessageReport;
import com.cocoonmail.spring.client.model.SendMailResponse;
import com.cocoonmail.spring.event.CocoonmailDeliveredEvent;
import com.cocoonmail.spring.event.CocoonmailDeliveryFailedEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers the message ids of the mails the bridge sent, by recipient, and logs what
 * failed.
 *
 * @author Cocoonmail Team
 */
@Component
class SentMails {

	private static final Log logger = LogFactory.getLog(SentMails.class);

	private final Map<String, List<String>> messageIds = new ConcurrentHashMap<>();

	@EventListener
	void delivered(CocoonmailDeliveredEvent event) {
		if (event.getResponse() instanceof SendMailResponse response) {
			for (MessageReport report : response.report()) {
				if (report.to() != null && report.messageId() != null) {
					this.messageIds.computeIfAbsent(report.to(), (email) -> new CopyOnWriteArrayList<>())
						.add(report.messageId());
				}
			}
		}
	}

	@EventListener
	void failed(CocoonmailDeliveryFailedEvent event) {
		logger.warn("Cocoonmail could not deliver " + event.getKind() + ": " + event.getCause().getMessage());
	}

	List<String> messageIds(String email) {
		return List.copyOf(this.messageIds.getOrDefault(email, List.of()));
	}

}
