package com.cocoonmail.spring.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.cocoonmail.spring.client.CocoonmailOperations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.scheduler.Scheduler;

import org.springframework.core.log.LogMessage;

/**
 * Claims ready requests from the store and sends them without blocking any thread on the
 * client: up to a number of requests are in flight at once, each answer is recorded and
 * reported, and every answer, publish and poll tick claims more. Store calls run on the
 * given scheduler, meant for blocking work.
 *
 * @author Cocoonmail Team
 */
final class OutboxDispatcher {

	private static final Log logger = LogFactory.getLog(CocoonmailEventBridge.class);

	private final OutboxStore store;

	private final CocoonmailOperations operations;

	private final DeliveryReporter reporter;

	private final OutboxRetries retries;

	private final int concurrency;

	private final Duration pollInterval;

	private final Scheduler scheduler;

	private final Clock clock;

	private final AtomicInteger wip = new AtomicInteger();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final Map<Claim, Disposable> sending = new ConcurrentHashMap<>();

	private final Object idleMonitor = new Object();

	private volatile boolean running;

	private @Nullable Disposable poller;

	private @Nullable Disposable leaseRenewer;

	OutboxDispatcher(OutboxStore store, CocoonmailOperations operations, DeliveryReporter reporter,
			OutboxRetries retries, int concurrency, Duration pollInterval, Scheduler scheduler, Clock clock) {
		this.store = store;
		this.operations = operations;
		this.reporter = reporter;
		this.retries = retries;
		this.concurrency = concurrency;
		this.pollInterval = pollInterval;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * Start claiming and sending.
	 */
	synchronized void start() {
		this.running = true;
		long millis = this.pollInterval.toMillis();
		this.poller = this.scheduler.schedulePeriodically(this::wake, millis, millis, TimeUnit.MILLISECONDS);
		Duration renewal = this.store.leaseRenewalInterval();
		if (renewal != null) {
			long renewMillis = Math.max(1, renewal.toMillis());
			this.leaseRenewer = this.scheduler.schedulePeriodically(this::renewLeases, renewMillis, renewMillis,
					TimeUnit.MILLISECONDS);
		}
		wake();
	}

	/**
	 * Stop claiming; the requests in flight go on until {@link #abandonInFlight()}.
	 */
	synchronized void stop() {
		this.running = false;
		if (this.poller != null) {
			this.poller.dispose();
			this.poller = null;
		}
		if (this.leaseRenewer != null) {
			this.leaseRenewer.dispose();
			this.leaseRenewer = null;
		}
	}

	private void renewLeases() {
		if (this.inFlight.get() == 0) {
			return;
		}
		try {
			this.store.renewLeases();
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Cocoonmail outbox could not renew its leases: %s", ex.getMessage()), ex);
		}
	}

	/**
	 * Claim and send what is ready, soon, on the scheduler. Nothing is scheduled while
	 * every slot is in flight: the answer that frees one wakes the dispatcher again, so a
	 * publisher never pays for a claim that could not send.
	 */
	void wake() {
		if (this.running && this.inFlight.get() < this.concurrency && this.wip.getAndIncrement() == 0) {
			this.scheduler.schedule(this::claimUntilQuiet);
		}
	}

	private void claimUntilQuiet() {
		int missed = 1;
		do {
			claimAndSend();
			missed = this.wip.addAndGet(-missed);
		}
		while (missed != 0);
	}

	private void claimAndSend() {
		int free = this.concurrency - this.inFlight.get();
		if (!this.running || free <= 0) {
			return;
		}
		List<Claim> claims;
		try {
			claims = this.store.claim(free);
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Cocoonmail outbox could not claim requests: %s", ex.getMessage()), ex);
			return;
		}
		claims.forEach(this::send);
	}

	private void send(Claim claim) {
		if (claim.reclaimed()) {
			this.reporter.possibleDuplicate(claim);
		}
		this.inFlight.incrementAndGet();
		Disposable.Swap subscription = Disposables.swap();
		this.sending.put(claim, subscription);
		subscription.update(Mono.defer(() -> claim.delivery().send(this.operations))
			.map(Optional::<Object>of)
			.defaultIfEmpty(Optional.empty())
			.publishOn(this.scheduler)
			.doFinally((signal) -> finished(claim, signal))
			.subscribe((response) -> delivered(claim, response.orElse(null)), (ex) -> failed(claim, ex)));
	}

	private void delivered(Claim claim, @Nullable Object response) {
		record(() -> this.store.delivered(claim), claim);
		this.reporter.delivered(claim.delivery(), response);
	}

	private void failed(Claim claim, Throwable error) {
		Throwable cause = Exceptions.unwrap(error);
		Instant now = this.clock.instant();
		Instant retryAt = this.store.durable() ? this.retries.next(claim.attempt(), cause, now) : null;
		if (retryAt != null) {
			record(() -> this.store.retryLater(claim, cause, retryAt), claim);
			this.reporter.retrying(claim, cause, Duration.between(now, retryAt));
			return;
		}
		record(() -> this.store.failed(claim, cause), claim);
		this.reporter.failed(claim.delivery(), cause);
	}

	private void record(Runnable action, Claim claim) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Cocoonmail outbox could not record the answer to request %d; it is sent "
					+ "again once its lease expires: %s", claim.id(), ex.getMessage()), ex);
		}
	}

	private void finished(Claim claim, SignalType signal) {
		if (signal == SignalType.CANCEL) {
			this.store.abandoned(claim);
			this.reporter.abandoned(claim, this.store.durable());
		}
		this.sending.remove(claim);
		this.inFlight.decrementAndGet();
		synchronized (this.idleMonitor) {
			this.idleMonitor.notifyAll();
		}
		wake();
	}

	/**
	 * Cancel every request still in flight.
	 * @return how many were cancelled
	 */
	int abandonInFlight() {
		List<Disposable> subscriptions = List.copyOf(this.sending.values());
		subscriptions.forEach(Disposable::dispose);
		return subscriptions.size();
	}

	/**
	 * Return how many requests are in flight.
	 * @return the number of requests sent and not answered yet
	 */
	int inFlight() {
		return this.inFlight.get();
	}

	/**
	 * Wait until nothing is in flight and, if asked, the store has nothing pending.
	 * @param timeout the longest time to wait
	 * @param pendingToo whether to wait for the store to have nothing pending too
	 * @return whether that happened in time
	 */
	boolean awaitIdle(Duration timeout, boolean pendingToo) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.idleMonitor) {
			while (this.inFlight.get() > 0 || (pendingToo && this.store.pending() > 0)) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					this.idleMonitor.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 20)));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

}
