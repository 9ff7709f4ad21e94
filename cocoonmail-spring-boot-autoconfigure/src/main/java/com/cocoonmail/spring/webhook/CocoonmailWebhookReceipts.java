package com.cocoonmail.spring.webhook;

import java.time.Clock;
import java.time.Instant;

/**
 * Receipts of accepted webhook deliveries, so that a repeat is answered without being
 * published again. A receipt is only needed until its delivery would be refused as stale,
 * so each one carries the time after which it may be forgotten.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public interface CocoonmailWebhookReceipts {

	/**
	 * Record a delivery, unless it is already recorded.
	 * @param digest the delivery's identity (a SHA-256 in hex)
	 * @param expiresAt when the receipt may be forgotten
	 * @return {@code true} if this is the first time the delivery is recorded,
	 * {@code false} for a repeat
	 */
	boolean record(String digest, Instant expiresAt);

	/**
	 * Forget a delivery, so that a repeat is received again (used when publishing it
	 * failed).
	 * @param digest the delivery's identity
	 */
	void forget(String digest);

	/**
	 * Return receipts kept in memory, the oldest dropped beyond {@code maxReceipts}.
	 * @param maxReceipts the most receipts kept
	 * @param clock the clock that expires receipts
	 * @return the receipts
	 */
	static CocoonmailWebhookReceipts inMemory(int maxReceipts, Clock clock) {
		return new InMemoryWebhookReceipts(maxReceipts, clock);
	}

}
