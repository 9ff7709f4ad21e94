package com.cocoonmail.spring.client;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Hands out departures first come, first served. Callers wait in arrival order and only
 * the head of the queue asks the {@code gate} whether it may leave, so under saturation
 * every caller waits about {@code queue length / rate}, and none is starved by luckier
 * callers that happened to wake first. A caller that cancels or reaches its deadline
 * leaves the queue holding nothing; nothing is reserved ahead.
 *
 * @author Cocoonmail Team
 */
final class DepartureQueue {

	private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();

	private final AtomicInteger drains = new AtomicInteger();

	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	private final Scheduler timer = Schedulers.parallel();

	private final LongUnaryOperator gate;

	/**
	 * Create a queue in front of a gate.
	 * @param gate given {@link System#nanoTime()}, answers a non-negative ticket when the
	 * head may leave now, else minus the nanoseconds to wait before asking again
	 */
	DepartureQueue(LongUnaryOperator gate) {
		this.gate = gate;
	}

	/**
	 * Wait for a turn to leave.
	 * @param deadline the {@link System#nanoTime()} after which the caller gives up
	 * @param denial the error of a caller that cannot leave before its deadline
	 * @return the ticket of the departure
	 */
	Mono<Long> acquire(long deadline, Supplier<? extends Throwable> denial) {
		return Mono.create((sink) -> {
			Waiter waiter = new Waiter(sink, deadline, denial);
			sink.onCancel(waiter::cancel);
			this.waiters.offer(waiter);
			long untilDeadline = deadline - System.nanoTime();
			if (untilDeadline > 0) {
				sink.onDispose(this.timer.schedule(this::expireAndDrain, untilDeadline, TimeUnit.NANOSECONDS));
			}
			drain();
		});
	}

	private void expireAndDrain() {
		expireBefore(System.nanoTime());
		drain();
	}

	private void drain() {
		if (this.drains.getAndIncrement() != 0) {
			return;
		}
		do {
			departWhileOpen();
		}
		while (this.drains.decrementAndGet() != 0);
	}

	private void departWhileOpen() {
		Waiter head;
		while ((head = this.waiters.peek()) != null) {
			long now = System.nanoTime();
			if (!head.waiting()) {
				this.waiters.poll();
				continue;
			}
			long ticket = this.gate.applyAsLong(now);
			if (ticket < 0) {
				expireBefore(now - ticket);
				wakeUpIn(-ticket);
				return;
			}
			this.waiters.poll();
			head.depart(ticket);
		}
	}

	/**
	 * Fail at once every caller whose deadline comes before the head can leave: they
	 * queue behind it, so none of them can leave in time.
	 * @param earliestDeparture the earliest {@link System#nanoTime()} the head can leave
	 */
	private void expireBefore(long earliestDeparture) {
		for (Waiter waiter : this.waiters) {
			waiter.expireIfDue(earliestDeparture);
		}
	}

	private void wakeUpIn(long nanos) {
		if (this.wakeUpPending.compareAndSet(false, true)) {
			this.timer.schedule(() -> {
				this.wakeUpPending.set(false);
				drain();
			}, nanos, TimeUnit.NANOSECONDS);
		}
	}

	private static final class Waiter {

		private static final int WAITING = 0;

		private static final int DONE = 1;

		private final AtomicInteger state = new AtomicInteger(WAITING);

		private final MonoSink<Long> sink;

		private final long deadline;

		private final Supplier<? extends Throwable> denial;

		Waiter(MonoSink<Long> sink, long deadline, Supplier<? extends Throwable> denial) {
			this.sink = sink;
			this.deadline = deadline;
			this.denial = denial;
		}

		boolean waiting() {
			return this.state.get() == WAITING;
		}

		void cancel() {
			this.state.set(DONE);
		}

		boolean expireIfDue(long departure) {
			if (departure > this.deadline && this.state.compareAndSet(WAITING, DONE)) {
				this.sink.error(this.denial.get());
				return true;
			}
			return false;
		}

		void depart(long ticket) {
			if (this.state.compareAndSet(WAITING, DONE)) {
				this.sink.success(ticket);
			}
		}

	}

}
