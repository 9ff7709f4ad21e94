package com.cocoonmail.spring.event;

import com.cocoonmail.spring.client.CocoonmailException;

/**
 * Thrown to the publisher of an event when the event bridge's queue holds
 * {@code cocoonmail.events.queue-capacity} requests waiting to be sent already. Nothing
 * of the event is queued; it may be published again once the queue drains.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailQueueFullException extends CocoonmailException {

	private final int capacity;

	/**
	 * Create a new {@link CocoonmailQueueFullException}.
	 * @param capacity the capacity of the queue
	 */
	public CocoonmailQueueFullException(int capacity) {
		super("Cocoonmail event bridge queue is full (" + capacity + " requests waiting to be sent); "
				+ "raise cocoonmail.events.queue-capacity or publish less", null, true);
		this.capacity = capacity;
	}

	/**
	 * Return the capacity of the queue that was full.
	 * @return the capacity
	 */
	public int getCapacity() {
		return this.capacity;
	}

}
