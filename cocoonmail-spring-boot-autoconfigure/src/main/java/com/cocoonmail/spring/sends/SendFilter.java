package com.cocoonmail.spring.sends;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What sends can be filtered by, with the names the HTTP API takes in
 * {@code filter[name]}: Mailcoach's four, then Cocoonmail's three.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public enum SendFilter {

	/**
	 * Cocoonmail's contact uuid.
	 */
	SUBSCRIBER_UUID("subscriber_uuid"),

	/**
	 * The campaign; Cocoonmail sends have none, so this filter matches nothing.
	 */
	CAMPAIGN_UUID("campaign_uuid"),

	/**
	 * The automation mail; Cocoonmail sends have none, so this filter matches nothing.
	 */
	AUTOMATION_MAIL_UUID("automation_mail_uuid"),

	/**
	 * The id shared by the sends of one call.
	 */
	TRANSACTIONAL_MAIL_LOG_ITEM_UUID("transactional_mail_log_item_uuid"),

	/**
	 * The recipient's email address, compared without regard to case.
	 */
	EMAIL("email"),

	/**
	 * The transactional template id.
	 */
	TRANSACTIONAL_ID("transactional_id"),

	/**
	 * Cocoonmail's message id.
	 */
	TRANSPORT_MESSAGE_ID("transport_message_id");

	private final String wireName;

	SendFilter(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * Return the name the HTTP API takes.
	 * @return the name
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * Return the filter of the given name.
	 * @param wireName the name, as in {@code filter[name]}
	 * @return the filter, empty if there is none of that name
	 */
	public static Optional<SendFilter> of(String wireName) {
		return Arrays.stream(values()).filter((filter) -> filter.wireName.equals(wireName)).findFirst();
	}

	/**
	 * Return the names of all filters, comma-separated, in the order above.
	 * @return the names
	 */
	public static String allowedNames() {
		return Arrays.stream(values()).map(SendFilter::wireName).collect(Collectors.joining(", "));
	}

	/**
	 * Return whether no send can match this filter because Cocoonmail sends never have
	 * the value.
	 * @return whether the filter matches nothing
	 */
	public boolean matchesNothing() {
		return this == CAMPAIGN_UUID || this == AUTOMATION_MAIL_UUID;
	}

}
