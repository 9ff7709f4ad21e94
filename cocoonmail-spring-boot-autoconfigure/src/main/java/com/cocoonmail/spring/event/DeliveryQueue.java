package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.cocoonmail.spring.client.CocoonmailException;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Bounded queue of deliveries that keeps each recipient's requests in publish order: a
 * delivery is handed to a worker only once every earlier delivery for any of its
 * recipients is done, so two requests for one email address are never in flight at once.
 * Every recipient has a lane (a FIFO of the deliveries for it, the one in flight at its
 * head); a delivery is ready when it heads all its lanes.
 *
 * @author Cocoonmail Team
 */
final class DeliveryQueue {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition readyOrClosed = this.lock.newCondition();

	private final Condition idle = this.lock.newCondition();

	private final int capacity;

	private final Map<String, ArrayDeque<Entry>> lanes = new HashMap<>();

	private final ArrayDeque<Entry> ready = new ArrayDeque<>();

	private final Set<Entry> waiting = new LinkedHashSet<>();

	private int inFlight;

	private boolean accepting = true;

	private boolean closed;

	DeliveryQueue(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * Queue all the given deliveries, or none of them.
	 * @param deliveries the deliveries, in publish order
	 * @throws CocoonmailQueueFullException if they do not all fit
	 * @throws CocoonmailException if the queue no longer accepts deliveries
	 */
	void offer(List<Delivery> deliveries) {
		this.lock.lock();
		try {
			if (!this.accepting) {
				throw new CocoonmailException("Cocoonmail event bridge is stopped; nothing is sent any more", null,
						false);
			}
			if (this.waiting.size() + deliveries.size() > this.capacity) {
				throw new CocoonmailQueueFullException(this.capacity);
			}
			deliveries.forEach(this::add);
		}
		finally {
			this.lock.unlock();
		}
	}

	private void add(Delivery delivery) {
		Entry entry = new Entry(delivery);
		for (String recipient : delivery.recipients()) {
			ArrayDeque<Entry> lane = this.lanes.computeIfAbsent(recipient, (key) -> new ArrayDeque<>());
			if (!lane.isEmpty()) {
				entry.blockingLanes++;
			}
			lane.add(entry);
		}
		this.waiting.add(entry);
		if (entry.blockingLanes == 0) {
			makeReady(entry);
		}
	}

	private void makeReady(Entry entry) {
		this.ready.add(entry);
		this.readyOrClosed.signal();
	}

	/**
	 * Wait for a ready delivery and mark it in flight.
	 * @return the delivery, or {@code null} once the queue is closed
	 * @throws InterruptedException if interrupted while waiting
	 */
	@Nullable Delivery take() throws InterruptedException {
		this.lock.lock();
		try {
			while (!this.closed && this.ready.isEmpty()) {
				this.readyOrClosed.await();
			}
			if (this.closed) {
				return null;
			}
			Entry entry = this.ready.remove();
			this.waiting.remove(entry);
			this.inFlight++;
			return entry.delivery;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Mark a delivery taken with {@link #take()} as done, releasing the next delivery of
	 * each of its recipients.
	 * @param delivery the delivery
	 */
	void done(Delivery delivery) {
		this.lock.lock();
		try {
			for (String recipient : delivery.recipients()) {
				ArrayDeque<Entry> lane = this.lanes.get(recipient);
				Assert.state(lane != null, "A delivery taken from the queue heads the lane of each of its recipients");
				lane.remove();
				Entry next = lane.peek();
				if (next == null) {
					this.lanes.remove(recipient);
				}
				else {
					next.blockingLanes--;
					if (next.blockingLanes == 0) {
						makeReady(next);
					}
				}
			}
			this.inFlight--;
			if (this.inFlight == 0 && this.waiting.isEmpty()) {
				this.idle.signalAll();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stop accepting deliveries and wait until every queued one is done.
	 * @param timeout the longest time to wait
	 * @return whether the queue drained in time
	 */
	boolean drain(Duration timeout) {
		this.lock.lock();
		try {
			this.accepting = false;
			long nanos = timeout.toNanos();
			while (this.inFlight > 0 || !this.waiting.isEmpty()) {
				if (nanos <= 0) {
					return false;
				}
				nanos = this.idle.awaitNanos(nanos);
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Close the queue: workers get no more deliveries and those still waiting are
	 * removed.
	 * @return the deliveries that were waiting, in publish order
	 */
	List<Delivery> close() {
		this.lock.lock();
		try {
			this.accepting = false;
			this.closed = true;
			List<Delivery> left = this.waiting.stream().map((entry) -> entry.delivery).toList();
			this.lanes.values().forEach((lane) -> lane.removeIf(this.waiting::contains));
			this.lanes.values().removeIf(ArrayDeque::isEmpty);
			this.waiting.clear();
			this.ready.clear();
			this.readyOrClosed.signalAll();
			return left;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Open the queue again after {@link #close()}.
	 */
	void open() {
		this.lock.lock();
		try {
			this.accepting = true;
			this.closed = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * A queued delivery and the number of its lanes it does not head yet.
	 */
	private static final class Entry {

		private final Delivery delivery;

		private int blockingLanes;

		Entry(Delivery delivery) {
			this.delivery = delivery;
		}

	}

}
