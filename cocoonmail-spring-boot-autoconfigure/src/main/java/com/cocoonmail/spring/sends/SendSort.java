package com.cocoonmail.spring.sends;

import java.util.Arrays;
import java.util.Optional;

/**
 * The order sends are listed in, with the value the HTTP API takes in {@code sort}.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public enum SendSort {

	/**
	 * Newest first, the default ({@code -sent_at}).
	 */
	NEWEST_FIRST("-sent_at"),

	/**
	 * Oldest first ({@code sent_at}).
	 */
	OLDEST_FIRST("sent_at");

	/**
	 * The sort names the HTTP API allows, as Mailcoach lists them.
	 */
	public static final String ALLOWED_NAMES = "sent_at";

	private final String wireName;

	SendSort(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * Return the value the HTTP API takes.
	 * @return the value
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * Return the sort with the given value.
	 * @param wireName the value, as in {@code sort=}
	 * @return the sort, empty if there is none with that value
	 */
	public static Optional<SendSort> of(String wireName) {
		return Arrays.stream(values()).filter((sort) -> sort.wireName.equals(wireName)).findFirst();
	}

}
