package com.cocoonmail.spring.event;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.cocoonmail.spring.client.CocoonmailException;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.log.LogMessage;
import org.springframework.util.Assert;

/**
 * Sends published application events to Cocoonmail in the background: every
 * {@link SendEventRequest} and {@link SendMailRequest} payload, and the requests that
 * {@link CocoonmailEvent} and {@link CocoonmailMail} describe for annotated events.
 * <p>
 * Publishing validates, maps and stores the requests on the publisher's thread: an
 * invalid request fails the publisher with a
 * {@link com.cocoonmail.spring.client.CocoonmailValidationException} and nothing is
 * stored. A memory store queues them after the commit of the publisher's transaction; a
 * JDBC outbox writes them inside it, so they exist if and only if it commits, and keeps
 * them until they are answered, across restarts and instances. Up to
 * {@value #CONCURRENCY} requests are in flight at once, without a thread waiting for any
 * of them, and each recipient's requests are sent one at a time in publish order. Every
 * request ends in exactly one {@link CocoonmailDeliveredEvent} or
 * {@link CocoonmailDeliveryFailedEvent}; a full memory queue also fails the publisher
 * with {@link CocoonmailQueueFullException}. On stop a memory store drains for up to the
 * shutdown timeout and what is left is reported as failed; a JDBC outbox keeps what is
 * left for the next start.
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

	private static final Log logger = LogFactory.getLog(CocoonmailEventBridge.class);

	private final OutboxStore store;

	private final DeliveryReporter reporter;

	private final EventMapper mapper;

	private final OutboxDispatcher dispatcher;

	private final Duration shutdownTimeout;

	private final Object lifecycleMonitor = new Object();

	private final CocoonmailOutbox outbox = new BridgeOutbox();

	private volatile boolean running;

	private boolean stopped;

	/**
	 * Create a new {@link CocoonmailEventBridge} with a memory store.
	 * @param operations the client to send with
	 * @param publisher where to publish the outcome events
	 * @param queueCapacity the most requests waiting to be sent
	 * @param shutdownTimeout the longest time to drain the queue on stop
	 * @param listener told of every outcome
	 */
	public CocoonmailEventBridge(CocoonmailOperations operations, ApplicationEventPublisher publisher,
			int queueCapacity, Duration shutdownTimeout, CocoonmailDeliveryListener listener) {
		this(builder(operations, publisher).memoryStore(queueCapacity)
			.shutdownTimeout(shutdownTimeout)
			.listener(listener));
	}

	private CocoonmailEventBridge(Builder builder) {
		this.shutdownTimeout = builder.shutdownTimeout;
		this.reporter = new DeliveryReporter(builder.publisher, builder.listener);
		this.store = builder.createStore();
		this.mapper = new EventMapper(this.reporter);
		this.dispatcher = new OutboxDispatcher(this.store, builder.operations, this.reporter,
				this.store.durable() ? builder.retries : OutboxRetries.NONE, CONCURRENCY, builder.pollInterval,
				Schedulers.boundedElastic(), builder.clock);
	}

	/**
	 * Return a builder of a bridge that sends with the given client.
	 * @param operations the client to send with
	 * @param publisher where to publish the outcome events
	 * @return the builder
	 * @since 0.2.0
	 */
	public static Builder builder(CocoonmailOperations operations, ApplicationEventPublisher publisher) {
		return new Builder(operations, publisher);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		Object source = (event instanceof PayloadApplicationEvent<?> payload) ? payload.getPayload() : event;
		List<Delivery> deliveries = this.mapper.map(source);
		if (deliveries.isEmpty()) {
			return;
		}
		if (this.store.durable()) {
			store(deliveries);
			if (!AfterCommit.defer(this.dispatcher::wake)) {
				this.dispatcher.wake();
			}
		}
		else if (!AfterCommit.defer(() -> enqueue(deliveries))) {
			enqueue(deliveries);
		}
	}

	private void enqueue(List<Delivery> deliveries) {
		store(deliveries);
		this.dispatcher.wake();
	}

	private void store(List<Delivery> deliveries) {
		List<Delivery> repeats;
		try {
			repeats = this.store.add(deliveries);
		}
		catch (RuntimeException ex) {
			deliveries.forEach((delivery) -> this.reporter.failed(delivery, ex));
			throw ex;
		}
		repeats.forEach(this.reporter::deduplicated);
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

	/**
	 * Return the outbox of this bridge, to see what is pending and re-submit what failed.
	 * @return the outbox
	 * @since 0.2.0
	 */
	public CocoonmailOutbox outbox() {
		return this.outbox;
	}

	/**
	 * Wait until nothing is queued or in flight any more.
	 * @param timeout the longest time to wait
	 * @return {@code true} once nothing is queued or in flight, {@code false} if that was
	 * not the case within the timeout
	 * @since 0.2.0
	 */
	public boolean awaitIdle(Duration timeout) {
		return this.dispatcher.awaitIdle(timeout, true);
	}

	@Override
	public void start() {
		synchronized (this.lifecycleMonitor) {
			if (this.running) {
				return;
			}
			this.store.open();
			this.dispatcher.start();
			this.running = true;
			this.stopped = false;
		}
	}

	/**
	 * Stop dispatching. A memory store first drains for up to the shutdown timeout and
	 * reports the rest as failed; a JDBC outbox waits as long for the requests in flight
	 * and keeps everything else for the next start.
	 */
	@Override
	public void stop() {
		synchronized (this.lifecycleMonitor) {
			if (this.stopped) {
				return;
			}
			this.stopped = true;
			if (this.store.durable()) {
				stopDurable();
			}
			else {
				stopInMemory();
			}
			this.running = false;
		}
	}

	private void stopInMemory() {
		long deadline = System.nanoTime() + this.shutdownTimeout.toNanos();
		boolean drained = this.running && this.store.drain(this.shutdownTimeout);
		this.dispatcher.stop();
		if (drained) {
			// The queue counts a request done once its answer is recorded, just
			// before the dispatcher reports it: let the last reports finish first,
			// within what is left of the shutdown timeout.
			this.dispatcher.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), false);
		}
		int inFlight = this.dispatcher.abandonInFlight();
		CocoonmailException notSent = new CocoonmailException(
				"Not sent: the Cocoonmail event bridge stopped "
						+ "before sending it (cocoonmail.events.shutdown-timeout=" + this.shutdownTimeout + ")",
				null, true);
		List<Delivery> left = this.store.close();
		left.forEach((delivery) -> this.reporter.failed(delivery, notSent));
		if (!drained && (inFlight > 0 || !left.isEmpty())) {
			logger.warn(LogMessage.format(
					"Cocoonmail event bridge stopped with %d requests not sent and %d in flight, reported as failed: "
							+ "the memory store keeps nothing across restarts (cocoonmail.events.shutdown-timeout=%s; "
							+ "cocoonmail.events.store=jdbc keeps them)",
					left.size(), inFlight, this.shutdownTimeout));
		}
	}

	private void stopDurable() {
		this.dispatcher.stop();
		boolean answered = this.dispatcher.awaitIdle(this.shutdownTimeout, false);
		int inFlight = answered ? 0 : this.dispatcher.abandonInFlight();
		long pending = pendingOrMinusOne();
		if (pending != 0) {
			logger.info(LogMessage.format(
					"Cocoonmail event bridge stopped: %s requests wait in the outbox for the "
							+ "next start or another instance (%d of them were in flight)",
					(pending < 0) ? "some" : pending, inFlight));
		}
		this.store.close();
	}

	private long pendingOrMinusOne() {
		try {
			return this.store.pending();
		}
		catch (RuntimeException ex) {
			return -1;
		}
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
	 * Report as failed whatever a memory store still holds, for example when the context
	 * failed before the bridge was started.
	 */
	@Override
	public void destroy() {
		stop();
	}

	/**
	 * The {@link CocoonmailOutbox} view of the bridge.
	 */
	private final class BridgeOutbox implements CocoonmailOutbox {

		@Override
		public long pending() {
			return CocoonmailEventBridge.this.store.pending();
		}

		@Override
		public List<CocoonmailFailedRequest> failed() {
			return CocoonmailEventBridge.this.store.failed();
		}

		@Override
		public boolean resubmit(long id) {
			boolean resubmitted = CocoonmailEventBridge.this.store.resubmit(id);
			if (resubmitted) {
				CocoonmailEventBridge.this.dispatcher.wake();
			}
			return resubmitted;
		}

		@Override
		public boolean awaitIdle(Duration timeout) {
			return CocoonmailEventBridge.this.awaitIdle(timeout);
		}

	}

	/**
	 * Builder of a {@link CocoonmailEventBridge}.
	 *
	 * @since 0.2.0
	 */
	public static final class Builder {

		private final CocoonmailOperations operations;

		private final ApplicationEventPublisher publisher;

		private CocoonmailDeliveryListener listener = CocoonmailDeliveryListener.NONE;

		private Duration shutdownTimeout = Duration.ofSeconds(30);

		private Duration dedupeWindow = Duration.ofHours(24);

		private OutboxRetries retries = new OutboxRetries(4, Duration.ofSeconds(30));

		private Duration pollInterval = Duration.ofSeconds(1);

		private Clock clock = Clock.systemUTC();

		private int queueCapacity = 10000;

		private @Nullable DataSource dataSource;

		private String tablePrefix = "COCOONMAIL_";

		private Duration lease = Duration.ofMinutes(2);

		private Builder(CocoonmailOperations operations, ApplicationEventPublisher publisher) {
			this.operations = operations;
			this.publisher = publisher;
		}

		/**
		 * Keep the requests in memory, in a queue of the given capacity (the default,
		 * with 10000).
		 * @param queueCapacity the most requests waiting to be sent
		 * @return this builder
		 */
		public Builder memoryStore(int queueCapacity) {
			Assert.isTrue(queueCapacity > 0, "queueCapacity must be positive");
			this.queueCapacity = queueCapacity;
			this.dataSource = null;
			return this;
		}

		/**
		 * Keep the requests in an outbox table on the given data source (Spring JDBC must
		 * be on the class path). The table must exist.
		 * @param dataSource the data source, the application's own
		 * @param tablePrefix the prefix of the table names
		 * @param lease how long a dispatcher owns a claimed request before another may
		 * take it over
		 * @return this builder
		 */
		public Builder jdbcStore(DataSource dataSource, String tablePrefix, Duration lease) {
			Assert.isTrue(!lease.isNegative() && !lease.isZero(), "lease must be positive");
			this.dataSource = dataSource;
			this.tablePrefix = tablePrefix;
			this.lease = lease;
			return this;
		}

		/**
		 * Tell the given listener of every outcome.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(CocoonmailDeliveryListener listener) {
			this.listener = listener;
			return this;
		}

		/**
		 * Set how long a stop waits for the requests queued (memory) or in flight.
		 * @param shutdownTimeout the longest time to wait
		 * @return this builder
		 */
		public Builder shutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
			return this;
		}

		/**
		 * Set how long an idempotency key keeps a second request from being sent.
		 * @param dedupeWindow the window
		 * @return this builder
		 */
		public Builder dedupeWindow(Duration dedupeWindow) {
			this.dedupeWindow = dedupeWindow;
			return this;
		}

		/**
		 * Set how often a JDBC outbox tries a request whose failure a retry can help,
		 * after the client's own retries: up to {@code maxAttempts} times, the second
		 * after {@code firstDelay}, each wait four times longer (an hour at most).
		 * @param maxAttempts the most attempts, the first included
		 * @param firstDelay the wait before the second attempt
		 * @return this builder
		 */
		public Builder retries(int maxAttempts, Duration firstDelay) {
			Assert.isTrue(maxAttempts > 0, "maxAttempts must be positive");
			this.retries = new OutboxRetries(maxAttempts, firstDelay);
			return this;
		}

		/**
		 * Set how often a JDBC outbox looks for requests published by other instances or
		 * due for another attempt.
		 * @param pollInterval the interval
		 * @return this builder
		 */
		public Builder pollInterval(Duration pollInterval) {
			Assert.isTrue(!pollInterval.isNegative() && !pollInterval.isZero(), "pollInterval must be positive");
			this.pollInterval = pollInterval;
			return this;
		}

		/**
		 * Build the bridge.
		 * @return the bridge
		 */
		public CocoonmailEventBridge build() {
			return new CocoonmailEventBridge(this);
		}

		private OutboxStore createStore() {
			if (this.dataSource != null) {
				return new JdbcOutboxStore(this.dataSource, this.tablePrefix, this.lease, this.dedupeWindow,
						this.clock);
			}
			return new MemoryOutboxStore(this.queueCapacity, this.dedupeWindow, this.clock);
		}

	}

}
