package com.cocoonmail.spring.health;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.cocoonmail.spring.ratelimit.OnStoreFailure;
import com.cocoonmail.spring.ratelimit.SharedBudgetState;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Adds where the permits come from to a health result, read afresh on every check: a
 * {@code sharedBudget} detail with the store, whether it is in use, since when it is lost
 * and what happens meanwhile. While the store is lost, {@code local-share} keeps the
 * status (calls still go out, within a share of the budget) and {@code fail} makes it
 * {@code DOWN} (every call fails until the store answers again).
 *
 * @author Cocoonmail Team
 */
final class SharedBudgetHealth {

	static final String DETAIL = "sharedBudget";

	private SharedBudgetHealth() {
	}

	static Health apply(Health health, @Nullable SharedBudgetState state) {
		if (state == null) {
			return health;
		}
		Map<String, Object> budget = new LinkedHashMap<>();
		budget.put("store", state.store());
		budget.put("shared", state.shared());
		Instant lostSince = state.lostSince();
		if (lostSince != null) {
			budget.put("lostSince", lostSince.toString());
		}
		budget.put("onStoreFailure", state.onStoreFailure().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		boolean failing = !state.shared() && state.onStoreFailure() == OnStoreFailure.FAIL;
		return Health.status(failing ? Status.DOWN : health.getStatus())
			.withDetails(health.getDetails())
			.withDetail(DETAIL, budget)
			.build();
	}

}
