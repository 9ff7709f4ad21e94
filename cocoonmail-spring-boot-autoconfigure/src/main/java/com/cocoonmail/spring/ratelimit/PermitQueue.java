package com.cocoonmail.spring.ratelimit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Schedulers;

/**
 * The calls of one instance waiting for a permit from the store, first come first served,
 * with one request to the store in flight at a time: the store is asked about as often as
 * permits are granted, not once per waiting call. A call that is cancelled or whose
 * deadline passes leaves the queue; a permit that arrives for a call that left goes to
 * the next one.
 *
 * @author Cocoonmail Team
 */
final class PermitQueue {

	private final Supplier<Mono<BudgetDecision>> store;

	private final Supplier<RuntimeException> denied;

	private final Deque<Waiter> waiters = new ArrayDeque<>();

	private boolean asking;

	/**
	 * Create a queue.
	 * @param store asks the store for a permit
	 * @param denied the failure of a call whose deadline passed
	 */
	PermitQueue(Supplier<Mono<BudgetDecision>> store, Supplier<RuntimeException> denied) {
		this.store = store;
		this.denied = denied;
	}

	/**
	 * Wait for a permit. Fails with the {@code denied} failure when the deadline passes
	 * first, or with {@link StoreUnreachableException} when the store fails.
	 * @param deadlineNanos the {@link System#nanoTime()} by which a permit must come
	 * @return the grant
	 */
	Mono<Grant> take(long deadlineNanos) {
		return Mono.create((sink) -> {
			Waiter waiter = new Waiter(sink, deadlineNanos);
			Disposable timer = Schedulers.parallel()
				.schedule(() -> expire(waiter), Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
			sink.onDispose(() -> {
				timer.dispose();
				remove(waiter);
			});
			synchronized (this) {
				this.waiters.add(waiter);
			}
			askIfIdle();
		});
	}

	private void expire(Waiter waiter) {
		if (remove(waiter)) {
			waiter.sink.error(this.denied.get());
		}
	}

	private synchronized boolean remove(Waiter waiter) {
		return this.waiters.remove(waiter);
	}

	private void askIfIdle() {
		synchronized (this) {
			if (this.asking || this.waiters.isEmpty()) {
				return;
			}
			this.asking = true;
		}
		ask();
	}

	private void ask() {
		long requestedAt = System.nanoTime();
		this.store.get().single().subscribe((decision) -> decided(decision, requestedAt), this::failed);
	}

	private void decided(BudgetDecision decision, long requestedAt) {
		BudgetPermit permit = decision.permit();
		if (permit != null) {
			granted(new Grant(permit, requestedAt));
			return;
		}
		long wait = decision.retryIn().toNanos();
		List<Waiter> late = new ArrayList<>();
		boolean anyLeft;
		synchronized (this) {
			long earliest = System.nanoTime() + wait;
			for (Iterator<Waiter> iterator = this.waiters.iterator(); iterator.hasNext();) {
				Waiter waiter = iterator.next();
				if (waiter.deadlineNanos < earliest) {
					iterator.remove();
					late.add(waiter);
				}
			}
			anyLeft = !this.waiters.isEmpty();
			this.asking = anyLeft;
		}
		late.forEach((waiter) -> waiter.sink.error(this.denied.get()));
		if (anyLeft) {
			Mono.delay(Duration.ofNanos(wait)).subscribe((tick) -> askAgain());
		}
	}

	private void granted(Grant grant) {
		@Nullable Waiter next;
		synchronized (this) {
			next = this.waiters.poll();
			this.asking = false;
		}
		if (next != null) {
			next.sink.success(grant);
		}
		askIfIdle();
	}

	private void askAgain() {
		synchronized (this) {
			if (this.waiters.isEmpty()) {
				this.asking = false;
				return;
			}
		}
		ask();
	}

	private void failed(Throwable ex) {
		List<Waiter> all;
		synchronized (this) {
			all = new ArrayList<>(this.waiters);
			this.waiters.clear();
			this.asking = false;
		}
		all.forEach((waiter) -> waiter.sink.error(new StoreUnreachableException(ex)));
	}

	private static final class Waiter {

		private final MonoSink<Grant> sink;

		private final long deadlineNanos;

		Waiter(MonoSink<Grant> sink, long deadlineNanos) {
			this.sink = sink;
			this.deadlineNanos = deadlineNanos;
		}

	}

}
