package com.cocoonmail.spring.event;

import java.util.List;

import org.springframework.context.ApplicationEvent;

/**
 * An {@link ApplicationEvent} subclass that the bridge sends as a mail to several
 * recipients.
 *
 * @author Cocoonmail Team
 */
@CocoonmailMail(transactionalId = "order-shipped", to = "recipients", parameters = "{'order': orderId}")
public class OrderShipped extends ApplicationEvent {

	private final String orderId;

	private final List<String> recipients;

	OrderShipped(Object source, String orderId, List<String> recipients) {
		super(source);
		this.orderId = orderId;
		this.recipients = recipients;
	}

	public String getOrderId() {
		return this.orderId;
	}

	public List<String> getRecipients() {
		return this.recipients;
	}

}
