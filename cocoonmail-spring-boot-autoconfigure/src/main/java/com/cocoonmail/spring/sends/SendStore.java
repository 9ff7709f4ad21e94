package com.cocoonmail.spring.sends;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where sends are kept.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 * @see MemorySendStore
 * @see JdbcSendStore
 */
public interface SendStore {

	/**
	 * Add new sends.
	 * @param sends the sends
	 */
	void add(List<Send> sends);

	/**
	 * Return the send with the given id.
	 * @param uuid the id
	 * @return the send, empty if there is none
	 */
	Optional<Send> find(String uuid);

	/**
	 * Return a page of the sends that match the query, with their total.
	 * @param query the query
	 * @return the page
	 */
	SendPage list(SendQuery query);

	/**
	 * Change the send with the given id, atomically.
	 * @param uuid the id
	 * @param change the change
	 * @return the changed send, empty if there is none
	 */
	Optional<Send> update(String uuid, UnaryOperator<Send> change);

	/**
	 * Change every send with the given Cocoonmail message id, atomically each.
	 * @param transportMessageId the message id
	 * @param change the change
	 * @return how many sends changed
	 */
	int updateByTransportMessageId(String transportMessageId, UnaryOperator<Send> change);

	/**
	 * Delete the send with the given id.
	 * @param uuid the id
	 * @return whether there was one
	 */
	boolean delete(String uuid);

	/**
	 * Delete every send recorded before the given time.
	 * @param cutoff the time
	 * @return how many sends were deleted
	 */
	int deleteCreatedBefore(Instant cutoff);

}
