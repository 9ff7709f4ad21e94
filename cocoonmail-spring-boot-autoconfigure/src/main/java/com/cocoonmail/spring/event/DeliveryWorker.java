package com.cocoonmail.spring.event;

import com.cocoonmail.spring.client.CocoonmailException;
import com.cocoonmail.spring.client.CocoonmailOperations;
import reactor.core.Exceptions;

/**
 * Takes deliveries from the queue and sends them one at a time, waiting for each answer,
 * until the queue closes or the worker is interrupted. The client paces and retries, so
 * an error it ends with is final.
 *
 * @author Cocoonmail Team
 */
final class DeliveryWorker implements Runnable {

	private final DeliveryQueue queue;

	private final CocoonmailOperations operations;

	private final DeliveryReporter reporter;

	DeliveryWorker(DeliveryQueue queue, CocoonmailOperations operations, DeliveryReporter reporter) {
		this.queue = queue;
		this.operations = operations;
		this.reporter = reporter;
	}

	@Override
	public void run() {
		try {
			Delivery delivery = this.queue.take();
			while (delivery != null) {
				try {
					deliver(delivery);
				}
				finally {
					this.queue.done(delivery);
				}
				delivery = Thread.currentThread().isInterrupted() ? null : this.queue.take();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void deliver(Delivery delivery) {
		Object response;
		try {
			response = delivery.send(this.operations).block();
		}
		catch (RuntimeException ex) {
			this.reporter.failed(delivery, cause(ex));
			return;
		}
		this.reporter.delivered(delivery, response);
	}

	private Throwable cause(RuntimeException ex) {
		Throwable cause = Exceptions.unwrap(ex);
		if (cause instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
			return new CocoonmailException("Cocoonmail event bridge stopped while sending; the request may or "
					+ "may not have reached Cocoonmail", cause, false);
		}
		return cause;
	}

}
