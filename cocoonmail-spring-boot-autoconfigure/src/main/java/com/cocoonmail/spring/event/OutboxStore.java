package com.cocoonmail.spring.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where the bridge keeps the requests it has not sent yet, and how dispatchers claim
 * them: each recipient's requests are claimed one at a time, in publish order.
 *
 * @author Cocoonmail Team
 */
interface OutboxStore {

	/**
	 * Return whether the requests survive the JVM, so that {@link #add(List)} runs in the
	 * publisher's transaction and a stop leaves them for the next start.
	 * @return whether the store is durable
	 */
	boolean durable();

	/**
	 * Store the given deliveries, all or none, leaving out those whose idempotency key
	 * was seen within the dedupe window.
	 * @param deliveries the deliveries, in publish order
	 * @return the deliveries left out as repeats
	 * @throws com.cocoonmail.spring.client.CocoonmailException if the store does not
	 * accept them
	 */
	List<Delivery> add(List<Delivery> deliveries);

	/**
	 * Claim up to the given number of deliveries that are ready to be sent.
	 * @param max the most deliveries to claim
	 * @return the claims, in publish order
	 */
	List<Claim> claim(int max);

	/**
	 * Record that Cocoonmail accepted a claimed delivery.
	 * @param claim the claim
	 */
	void delivered(Claim claim);

	/**
	 * Record that a claimed delivery failed and is to be tried again.
	 * @param claim the claim
	 * @param cause why it failed
	 * @param at when to try again
	 */
	void retryLater(Claim claim, Throwable cause, Instant at);

	/**
	 * Record that a claimed delivery finally failed.
	 * @param claim the claim
	 * @param cause why it failed
	 */
	void failed(Claim claim, Throwable cause);

	/**
	 * Extend the lease of every request this store's dispatcher has in flight, so that no
	 * other dispatcher takes them over while this one lives.
	 */
	void renewLeases();

	/**
	 * Return how often {@link #renewLeases()} must run, or {@code null} when leases never
	 * expire.
	 * @return the interval
	 */
	@Nullable Duration leaseRenewalInterval();

	/**
	 * Give up a claim whose sending was abandoned, for example on stop.
	 * @param claim the claim
	 */
	void abandoned(Claim claim);

	/**
	 * Return how many requests are not answered yet: waiting, scheduled for another
	 * attempt, or in flight.
	 * @return the number of pending requests
	 */
	long pending();

	/**
	 * Return the requests that finally failed and are kept for re-submission.
	 * @return the failed requests, oldest first
	 */
	List<CocoonmailFailedRequest> failed();

	/**
	 * Queue a failed request again.
	 * @param id the id of the failed request
	 * @return whether a failed request with that id was queued again
	 */
	boolean resubmit(long id);

	/**
	 * Accept deliveries again after {@link #close()}.
	 */
	void open();

	/**
	 * Stop accepting deliveries and wait until those queued are answered.
	 * @param timeout the longest time to wait
	 * @return whether everything was answered in time
	 */
	boolean drain(Duration timeout);

	/**
	 * Close the store.
	 * @return the deliveries that will never be sent because the store closed
	 */
	List<Delivery> close();

}
