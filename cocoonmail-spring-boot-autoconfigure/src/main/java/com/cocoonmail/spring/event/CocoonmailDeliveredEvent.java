package com.cocoonmail.spring.event;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;

/**
 * Published by the event bridge when Cocoonmail accepted a request.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 * @see CocoonmailDeliveryFailedEvent
 */
public class CocoonmailDeliveredEvent extends ApplicationEvent {

	private final CocoonmailDeliveryKind kind;

	private final Object request;

	private final @Nullable Object response;

	/**
	 * Create a new {@link CocoonmailDeliveredEvent}.
	 * @param source the published object the request was made from
	 * @param kind the kind of request
	 * @param request the request sent, a {@code SendEventRequest} or a
	 * {@code SendMailRequest}
	 * @param response the answer of Cocoonmail, a {@code SendEventResponse} or a
	 * {@code SendMailResponse}
	 */
	public CocoonmailDeliveredEvent(Object source, CocoonmailDeliveryKind kind, Object request,
			@Nullable Object response) {
		super(source);
		this.kind = kind;
		this.request = request;
		this.response = response;
	}

	/**
	 * Return the kind of request that was sent.
	 * @return the kind
	 */
	public CocoonmailDeliveryKind getKind() {
		return this.kind;
	}

	/**
	 * Return the request that was sent.
	 * @return a {@code SendEventRequest} or a {@code SendMailRequest}
	 */
	public Object getRequest() {
		return this.request;
	}

	/**
	 * Return Cocoonmail's answer, for example with the message ids of a mail.
	 * @return a {@code SendEventResponse} or a {@code SendMailResponse}, or {@code null}
	 * when Cocoonmail answered without a body
	 */
	public @Nullable Object getResponse() {
		return this.response;
	}

}
