package com.cocoonmail.spring.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Told what the pacer does, for metrics.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public interface CocoonmailPacingListener {

	/**
	 * A listener that ignores everything.
	 */
	CocoonmailPacingListener NONE = new CocoonmailPacingListener() {
	};

	/**
	 * Called when an attempt got its permit to be sent.
	 * @param wait how long it waited for the permit
	 */
	default void permitGranted(Duration wait) {
	}

	/**
	 * Called when an attempt got no permit in time and was not sent.
	 * @param wait how long it waited
	 */
	default void permitDenied(Duration wait) {
	}

	/**
	 * Called when Cocoonmail answered 429 and every caller pauses.
	 * @param pause how long every caller pauses
	 * @param retryAfter what the server asked for, if it said
	 */
	default void rateLimited(Duration pause, @Nullable Duration retryAfter) {
	}

}
