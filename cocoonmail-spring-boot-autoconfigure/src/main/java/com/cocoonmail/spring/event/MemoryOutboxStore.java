package com.cocoonmail.spring.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the requests in a bounded {@link DeliveryQueue} in memory: fast, lost with the
 * JVM. The client's own retries are the only ones; final failures are kept, up to the
 * queue capacity, for re-submission until the application stops.
 *
 * @author Cocoonmail Team
 */
final class MemoryOutboxStore implements OutboxStore {

	private final DeliveryQueue queue;

	private final RecentKeys keys;

	private final Clock clock;

	private final int capacity;

	private final AtomicLong ids = new AtomicLong();

	private final ArrayDeque<Failed> failed = new ArrayDeque<>();

	MemoryOutboxStore(int capacity, Duration dedupeWindow, Clock clock) {
		this.queue = new DeliveryQueue(capacity);
		this.keys = new RecentKeys(dedupeWindow, clock);
		this.clock = clock;
		this.capacity = capacity;
	}

	@Override
	public boolean durable() {
		return false;
	}

	@Override
	public List<Delivery> add(List<Delivery> deliveries) {
		if (!anyKeyed(deliveries)) {
			this.queue.offer(deliveries);
			return List.of();
		}
		List<Delivery> accepted = new ArrayList<>(deliveries.size());
		List<Delivery> repeats = new ArrayList<>();
		synchronized (this.keys) {
			for (Delivery delivery : deliveries) {
				String key = delivery.idempotencyKey();
				if (key != null && this.keys.isRepeat(key)) {
					repeats.add(delivery);
				}
				else {
					accepted.add(delivery);
				}
			}
			this.queue.offer(accepted);
			accepted.stream()
				.map(Delivery::idempotencyKey)
				.filter((key) -> key != null)
				.forEach((key) -> this.keys.accept(key));
		}
		return repeats;
	}

	private static boolean anyKeyed(List<Delivery> deliveries) {
		for (Delivery delivery : deliveries) {
			if (delivery.idempotencyKey() != null) {
				return true;
			}
		}
		return false;
	}

	@Override
	public List<Claim> claim(int max) {
		List<Claim> claims = new ArrayList<>();
		while (claims.size() < max) {
			Delivery delivery = this.queue.poll();
			if (delivery == null) {
				break;
			}
			claims.add(new Claim(this.ids.incrementAndGet(), delivery, 1, false));
		}
		return claims;
	}

	@Override
	public void delivered(Claim claim) {
		this.queue.done(claim.delivery());
	}

	@Override
	public void retryLater(Claim claim, Throwable cause, Instant at) {
		failed(claim, cause);
	}

	@Override
	public void failed(Claim claim, Throwable cause) {
		synchronized (this.failed) {
			if (this.failed.size() == this.capacity) {
				this.failed.removeFirst();
			}
			this.failed.addLast(new Failed(claim, this.clock.instant(), String.valueOf(cause.getMessage())));
		}
		this.queue.done(claim.delivery());
	}

	@Override
	public void renewLeases() {
	}

	@Override
	public @Nullable Duration leaseRenewalInterval() {
		return null;
	}

	@Override
	public void abandoned(Claim claim) {
		this.queue.done(claim.delivery());
	}

	@Override
	public long pending() {
		return this.queue.size();
	}

	@Override
	public List<CocoonmailFailedRequest> failed() {
		synchronized (this.failed) {
			return this.failed.stream().map(Failed::toRequest).toList();
		}
	}

	@Override
	public boolean resubmit(long id) {
		Failed found = null;
		synchronized (this.failed) {
			for (Failed candidate : this.failed) {
				if (candidate.claim().id() == id) {
					found = candidate;
				}
			}
			if (found == null) {
				return false;
			}
			this.failed.remove(found);
		}
		try {
			this.queue.offer(List.of(found.claim().delivery()));
		}
		catch (RuntimeException ex) {
			synchronized (this.failed) {
				this.failed.addFirst(found);
			}
			throw ex;
		}
		return true;
	}

	@Override
	public void open() {
		this.queue.open();
	}

	@Override
	public boolean drain(Duration timeout) {
		return this.queue.drain(timeout);
	}

	@Override
	public List<Delivery> close() {
		return this.queue.close();
	}

	/**
	 * A claim that finally failed.
	 *
	 * @param claim the claim
	 * @param at when it failed
	 * @param error the message of the error
	 */
	private record Failed(Claim claim, Instant at, String error) {

		CocoonmailFailedRequest toRequest() {
			Delivery delivery = this.claim.delivery();
			return new CocoonmailFailedRequest(this.claim.id(), delivery.kind(), delivery.request(),
					this.claim.attempt(), this.at, this.error);
		}

	}

}
