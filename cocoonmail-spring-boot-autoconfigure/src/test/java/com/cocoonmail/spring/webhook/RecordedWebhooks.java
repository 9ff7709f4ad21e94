package com.cocoonmail.spring.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.context.ApplicationListener;

/**
 * Records every {@link CocoonmailWebhookEvent} the application publishes.
 *
 * @author Cocoonmail Team
 */
public class RecordedWebhooks implements ApplicationListener<CocoonmailWebhookEvent> {

	private final Queue<CocoonmailWebhookEvent> events = new ConcurrentLinkedQueue<>();

	@Override
	public void onApplicationEvent(CocoonmailWebhookEvent event) {
		this.events.add(event);
	}

	public List<CocoonmailWebhookEvent> events() {
		return new ArrayList<>(this.events);
	}

	public void clear() {
		this.events.clear();
	}

}
