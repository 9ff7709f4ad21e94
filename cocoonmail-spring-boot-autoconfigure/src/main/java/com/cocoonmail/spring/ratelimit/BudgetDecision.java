package com.cocoonmail.spring.ratelimit;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link BudgetStore} answered: a permit, or how long to wait before asking again.
 *
 * @param permit the permit, or {@code null} when none was granted
 * @param retryIn how long to wait before asking again, zero with a permit
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record BudgetDecision(@Nullable BudgetPermit permit, Duration retryIn) {

	/**
	 * Return a granted decision.
	 * @param permit the permit
	 * @return the decision
	 */
	public static BudgetDecision granted(BudgetPermit permit) {
		return new BudgetDecision(permit, Duration.ZERO);
	}

	/**
	 * Return a decision to wait.
	 * @param retryIn how long to wait before asking again
	 * @return the decision
	 */
	public static BudgetDecision waitFor(Duration retryIn) {
		return new BudgetDecision(null, retryIn);
	}

}
