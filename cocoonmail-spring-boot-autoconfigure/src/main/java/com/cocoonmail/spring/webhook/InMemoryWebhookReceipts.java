package com.cocoonmail.spring.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * Receipts in a concurrent map, bounded: receipts are dropped in the order they were
 * recorded once expired, or once there are more than the bound (then logged, since a
 * repeat of a dropped receipt would be published again).
 *
 * @author Cocoonmail Team
 */
final class InMemoryWebhookReceipts implements CocoonmailWebhookReceipts {

	private static final Log logger = LogFactory.getLog(InMemoryWebhookReceipts.class);

	private final Map<String, Instant> receipts = new ConcurrentHashMap<>();

	private final Queue<Receipt> order = new ConcurrentLinkedQueue<>();

	private final int maxReceipts;

	private final Clock clock;

	InMemoryWebhookReceipts(int maxReceipts, Clock clock) {
		Assert.isTrue(maxReceipts > 0, "maxReceipts must be positive");
		this.maxReceipts = maxReceipts;
		this.clock = clock;
	}

	@Override
	public boolean record(String digest, Instant expiresAt) {
		dropExpired();
		if (this.receipts.putIfAbsent(digest, expiresAt) != null) {
			return false;
		}
		this.order.add(new Receipt(digest, expiresAt));
		dropOverflow();
		return true;
	}

	@Override
	public void forget(String digest) {
		this.receipts.remove(digest);
	}

	int size() {
		return this.receipts.size();
	}

	private void dropExpired() {
		Instant now = this.clock.instant();
		Receipt oldest = this.order.peek();
		while (oldest != null && oldest.expiresAt().isBefore(now)) {
			if (this.order.remove(oldest)) {
				this.receipts.remove(oldest.digest(), oldest.expiresAt());
			}
			oldest = this.order.peek();
		}
	}

	private void dropOverflow() {
		while (this.receipts.size() > this.maxReceipts) {
			Receipt oldest = this.order.poll();
			if (oldest == null) {
				return;
			}
			if (this.receipts.remove(oldest.digest(), oldest.expiresAt())) {
				logger.warn("Dropped an unexpired webhook receipt: more than " + this.maxReceipts
						+ " are kept in memory, so a repeat of that delivery would be published again");
			}
		}
	}

	private record Receipt(String digest, Instant expiresAt) {

	}

}
