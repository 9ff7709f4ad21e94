package com.cocoonmail.spring.ratelimit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a {@link SharedBudgetPacer} takes its permits from right now, for health.
 *
 * @param store the store's name
 * @param onStoreFailure what the pacer does while the store cannot be reached
 * @param lostSince since when the store cannot be reached, or {@code null} while it can
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record SharedBudgetState(String store, OnStoreFailure onStoreFailure, @Nullable Instant lostSince) {

	/**
	 * Whether the store is reachable and every permit comes from it.
	 * @return whether the shared budget is in use
	 */
	public boolean shared() {
		return this.lostSince == null;
	}

}
