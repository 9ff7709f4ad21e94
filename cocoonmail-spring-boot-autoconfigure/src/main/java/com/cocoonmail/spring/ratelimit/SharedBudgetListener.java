package com.cocoonmail.spring.ratelimit;

import java.time.Duration;

/**
 * Told when a {@link SharedBudgetPacer} loses and regains its store, for metrics.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public interface SharedBudgetListener {

	/**
	 * A listener that ignores everything.
	 */
	SharedBudgetListener NONE = new SharedBudgetListener() {
	};

	/**
	 * Called when the store could not be reached and the pacer switched to its
	 * {@link OnStoreFailure} behaviour.
	 * @param store the store's name
	 */
	default void storeLost(String store) {
	}

	/**
	 * Called when the store answered again.
	 * @param store the store's name
	 * @param down how long it could not be reached
	 */
	default void storeRecovered(String store, Duration down) {
	}

	/**
	 * Called for every permit granted by the local fallback instead of the store.
	 * @param store the store's name
	 */
	default void fallbackPermit(String store) {
	}

}
