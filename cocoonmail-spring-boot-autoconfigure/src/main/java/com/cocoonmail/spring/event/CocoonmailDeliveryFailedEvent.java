package com.cocoonmail.spring.event;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;

/**
 * Published by the event bridge when a request finally failed: Cocoonmail refused it
 * after the client's retries, it was invalid, its mapping failed, the queue was full, or
 * the bridge stopped before it was sent.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 * @see CocoonmailDeliveredEvent
 */
public class CocoonmailDeliveryFailedEvent extends ApplicationEvent {

	private final CocoonmailDeliveryKind kind;

	private final @Nullable Object request;

	private final Throwable cause;

	/**
	 * Create a new {@link CocoonmailDeliveryFailedEvent}.
	 * @param source the published object the request was made from
	 * @param kind the kind of request
	 * @param request the request that was not delivered, or {@code null} when it could
	 * not be mapped from the source
	 * @param cause why it was not delivered
	 */
	public CocoonmailDeliveryFailedEvent(Object source, CocoonmailDeliveryKind kind, @Nullable Object request,
			Throwable cause) {
		super(source);
		this.kind = kind;
		this.request = request;
		this.cause = cause;
	}

	/**
	 * Return the kind of request that was not delivered.
	 * @return the kind
	 */
	public CocoonmailDeliveryKind getKind() {
		return this.kind;
	}

	/**
	 * Return the request that was not delivered.
	 * @return a {@code SendEventRequest} or a {@code SendMailRequest}, or {@code null}
	 * when it could not be mapped from the {@link #getSource() source}
	 */
	public @Nullable Object getRequest() {
		return this.request;
	}

	/**
	 * Return why the request was not delivered.
	 * @return the cause
	 */
	public Throwable getCause() {
		return this.cause;
	}

}
