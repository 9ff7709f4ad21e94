package com.cocoonmail.spring.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Records the {@link CocoonmailDeliveredEvent delivered} and
 * {@link CocoonmailDeliveryFailedEvent failed} events of the bridge.
 *
 * @author Cocoonmail Team
 */
class OutcomeRecorder implements ApplicationListener<ApplicationEvent> {

	private final List<CocoonmailDeliveredEvent> delivered = new CopyOnWriteArrayList<>();

	private final List<CocoonmailDeliveryFailedEvent> failed = new CopyOnWriteArrayList<>();

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof CocoonmailDeliveredEvent deliveredEvent) {
			this.delivered.add(deliveredEvent);
		}
		else if (event instanceof CocoonmailDeliveryFailedEvent failedEvent) {
			this.failed.add(failedEvent);
		}
	}

	List<CocoonmailDeliveredEvent> delivered() {
		return List.copyOf(this.delivered);
	}

	List<CocoonmailDeliveryFailedEvent> failed() {
		return List.copyOf(this.failed);
	}

	int outcomes() {
		return this.delivered.size() + this.failed.size();
	}

}
