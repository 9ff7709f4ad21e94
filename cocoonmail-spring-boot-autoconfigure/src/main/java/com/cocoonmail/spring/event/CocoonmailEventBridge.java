package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.cocoonmail.spring.client.CocoonmailException;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.Assert;

/**
 * Sends published application events to Cocoonmail in the background: every
 * {@link SendEventRequest} and {@link SendMailRequest} payload, and the requests that
 * {@link CocoonmailEvent} and {@link CocoonmailMail} describe for annotated events.
 * <p>
 * Publishing only maps and queues; {@value #CONCURRENCY} workers send, enough to keep the
 * client's rate limiter busy, and each recipient's requests are sent one at a time in
 * publish order. Inside a transaction the requests are queued after commit, and never
 * after a rollback. Every request ends in exactly one {@link CocoonmailDeliveredEvent} or
 * {@link CocoonmailDeliveryFailedEvent}; a full queue also fails the publisher with
 * {@link CocoonmailQueueFullException}. On stop the queue drains for up to the shutdown
 * timeout and what is left is reported as failed.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailEventBridge implements ApplicationListener<ApplicationEvent>, SmartLifecycle, DisposableBean {

	/**
	 * Most requests in flight at once.
	 */
	public static final int CONCURRENCY = 8;

	/**
	 * Lifecycle phase of the bridge: it stops after the web server and the other
	 * components whose work publishes events, and before the HTTP resources it sends with
	 * (phase 0).
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final DeliveryQueue queue;

	private final DeliveryReporter reporter;

	private final EventMapper mapper;

	private final CocoonmailOperations operations;

	private final Duration shutdownTimeout;

	private final CustomizableThreadFactory threadFactory = new CustomizableThreadFactory("cocoonmail-events-");

	private final Object lifecycleMonitor = new Object();

	private final List<Thread> workers = new ArrayList<>();

	private volatile boolean running;

	/**
	 * Create a new {@link CocoonmailEventBridge}.
	 * @param operations the client to send with
	 * @param publisher where to publish the outcome events
	 * @param queueCapacity the most requests waiting to be sent
	 * @param shutdownTimeout the longest time to drain the queue on stop
	 * @param listener told of every outcome
	 */
	public CocoonmailEventBridge(CocoonmailOperations operations, ApplicationEventPublisher publisher,
			int queueCapacity, Duration shutdownTimeout, CocoonmailDeliveryListener listener) {
		Assert.isTrue(queueCapacity > 0, "queueCapacity must be positive");
		this.operations = operations;
		this.shutdownTimeout = shutdownTimeout;
		this.queue = new DeliveryQueue(queueCapacity);
		this.reporter = new DeliveryReporter(publisher, listener);
		this.mapper = new EventMapper(this.reporter);
		this.threadFactory.setDaemon(true);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		Object source = (event instanceof PayloadApplicationEvent<?> payload) ? payload.getPayload() : event;
		List<Delivery> deliveries = this.mapper.map(source);
		if (!deliveries.isEmpty() && !AfterCommit.defer(() -> enqueue(deliveries))) {
			enqueue(deliveries);
		}
	}

	private void enqueue(List<Delivery> deliveries) {
		try {
			this.queue.offer(deliveries);
		}
		catch (CocoonmailException ex) {
			deliveries.forEach((delivery) -> this.reporter.failed(delivery, ex));
			throw ex;
		}
	}

	/**
	 * Return {@code false}: the bridge must run on the publishing thread to see its
	 * transaction.
	 * @return {@code false}
	 */
	@Override
	public boolean supportsAsyncExecution() {
		return false;
	}

	@Override
	public void start() {
		synchronized (this.lifecycleMonitor) {
			if (this.running) {
				return;
			}
			this.queue.open();
			for (int i = 0; i < CONCURRENCY; i++) {
				Thread worker = this.threadFactory
					.newThread(new DeliveryWorker(this.queue, this.operations, this.reporter));
				this.workers.add(worker);
				worker.start();
			}
			this.running = true;
		}
	}

	/**
	 * Stop accepting requests, wait up to the shutdown timeout for those queued and in
	 * flight, and report the rest as failed.
	 */
	@Override
	public void stop() {
		synchronized (this.lifecycleMonitor) {
			boolean drained = !this.workers.isEmpty() && this.queue.drain(this.shutdownTimeout);
			CocoonmailException notSent = new CocoonmailException(
					"Not sent: the Cocoonmail event bridge stopped "
							+ "before sending it (cocoonmail.events.shutdown-timeout=" + this.shutdownTimeout + ")",
					null, true);
			this.queue.close().forEach((delivery) -> this.reporter.failed(delivery, notSent));
			if (!drained) {
				this.workers.forEach(Thread::interrupt);
			}
			joinWorkers();
			this.running = false;
		}
	}

	private void joinWorkers() {
		long deadline = System.nanoTime() + this.shutdownTimeout.toNanos();
		try {
			for (Thread worker : this.workers) {
				worker.join(Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.workers.clear();
	}

	/**
	 * Wait until the bridge is idle: nothing queued, nothing in flight, and the outcome
	 * of everything sent so far published. Tests use it to wait for the requests of the
	 * events they published.
	 * @param timeout the longest time to wait
	 * @return whether the bridge was idle in time
	 * @since 0.2.0
	 */
	public boolean awaitIdle(Duration timeout) {
		return this.queue.awaitIdle(timeout);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/**
	 * Report as failed whatever is still queued, for example when the context failed
	 * before the bridge was started.
	 */
	@Override
	public void destroy() {
		stop();
	}

}
