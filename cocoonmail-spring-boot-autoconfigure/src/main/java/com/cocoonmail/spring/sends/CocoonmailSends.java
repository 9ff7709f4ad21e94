package com.cocoonmail.spring.sends;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.cocoonmail.spring.client.CocoonmailOperations;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.util.Assert;

/**
 * The ledger of the mails the application sent: one send per recipient, listed, read,
 * deleted and refreshed from Cocoonmail. {@link #list}, {@link #get} and {@link #delete}
 * block on the store; call them off event loops.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class CocoonmailSends {

	private final SendStore store;

	private final CocoonmailOperations operations;

	private final Clock clock;

	/**
	 * Create a ledger.
	 * @param store where sends are kept
	 * @param operations the client {@link #refresh} asks
	 * @param clock the clock changes are timed with
	 */
	public CocoonmailSends(SendStore store, CocoonmailOperations operations, Clock clock) {
		this.store = store;
		this.operations = operations;
		this.clock = clock;
	}

	/**
	 * Return a page of the sends that match the query, with their total.
	 * @param query the filters, sort and page
	 * @return the page
	 */
	public SendPage list(SendQuery query) {
		return this.store.list(query);
	}

	/**
	 * Return the send with the given id.
	 * @param uuid the id
	 * @return the send, empty if there is none
	 */
	public Optional<Send> get(String uuid) {
		return this.store.find(uuid);
	}

	/**
	 * Delete the send with the given id.
	 * @param uuid the id
	 * @return whether there was one
	 */
	public boolean delete(String uuid) {
		return this.store.delete(uuid);
	}

	/**
	 * Ask Cocoonmail for the status of the send's message and store its opens, clicks,
	 * delivery and bounce. A send without a message id (a direct mail, a copy, a failure)
	 * cannot be looked up and is returned as it is.
	 * @param uuid the id of the send
	 * @return the refreshed send, empty if there is none with that id
	 */
	public Mono<Send> refresh(String uuid) {
		return Mono.fromCallable(() -> this.store.find(uuid))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(Mono::justOrEmpty)
			.flatMap((send) -> {
				String messageId = send.transportMessageId();
				if (messageId == null) {
					return Mono.just(send);
				}
				return this.operations.getMailStatus(messageId)
					.publishOn(Schedulers.boundedElastic())
					.flatMap((status) -> Mono
						.justOrEmpty(this.store.update(uuid, MailStatusMerge.of(status, this.clock.instant()))));
			});
	}

	/**
	 * Delete the sends recorded longer ago than the retention.
	 * @param retention how long sends are kept
	 * @return how many sends were deleted
	 */
	public int purge(Duration retention) {
		Assert.isTrue(!retention.isNegative(), "retention must not be negative");
		return this.store.deleteCreatedBefore(this.clock.instant().minus(retention));
	}

}
