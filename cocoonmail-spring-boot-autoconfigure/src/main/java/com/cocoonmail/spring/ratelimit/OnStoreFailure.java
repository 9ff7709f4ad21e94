package com.cocoonmail.spring.ratelimit;

/**
 * What a {@link SharedBudgetPacer} does while its {@link BudgetStore} cannot be reached.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public enum OnStoreFailure {

	/**
	 * Pace locally at {@code requests-per-second / instances}.
	 */
	LOCAL_SHARE,

	/**
	 * Fail calls with {@link CocoonmailRateLimitStoreException}.
	 */
	FAIL

}
