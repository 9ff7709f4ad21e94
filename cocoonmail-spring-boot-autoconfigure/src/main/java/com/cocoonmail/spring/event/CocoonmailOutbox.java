package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.List;

/**
 * The event bridge's outbox: what is still to be sent, and the requests that finally
 * failed, which stay visible until they are re-submitted.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public interface CocoonmailOutbox {

	/**
	 * Return how many requests are not answered yet: waiting, scheduled for another
	 * attempt, or in flight. With a JDBC outbox this counts the requests of every
	 * instance sharing the table.
	 * @return the number of pending requests
	 */
	long pending();

	/**
	 * Return the requests that finally failed, oldest first. A memory outbox keeps the
	 * most recent ones, up to its queue capacity, until the application stops.
	 * @return the failed requests
	 */
	List<CocoonmailFailedRequest> failed();

	/**
	 * Queue a failed request again; it is sent as if it had just been published.
	 * @param id the {@link CocoonmailFailedRequest#id() id} of the failed request
	 * @return whether a failed request with that id was queued again
	 */
	boolean resubmit(long id);

	/**
	 * Wait until nothing is queued or in flight any more.
	 * @param timeout the longest time to wait
	 * @return {@code true} once nothing is queued or in flight, {@code false} if that was
	 * not the case within the timeout
	 */
	boolean awaitIdle(Duration timeout);

}
