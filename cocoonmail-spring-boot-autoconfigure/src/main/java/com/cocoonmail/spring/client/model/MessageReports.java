package com.cocoonmail.spring.client.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A send response that reports, for each recipient, the id of the message sent to it:
 * {@link SendMailResponse} and {@link SendWhatsAppResponse}.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public interface MessageReports {

	/**
	 * Return the id of the message sent to each recipient.
	 * @return the reports, never {@code null}
	 */
	List<MessageReport> report();

	/**
	 * Return the ids of the messages sent, in the order of {@link #report()}.
	 * @return the message ids, never {@code null}
	 */
	@JsonIgnore
	default List<String> messageIds() {
		return report().stream().map(MessageReport::messageId).filter(Objects::nonNull).toList();
	}

}
