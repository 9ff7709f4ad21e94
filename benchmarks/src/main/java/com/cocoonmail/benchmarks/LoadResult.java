package com.cocoonmail.benchmarks;

import org.jspecify.annotations.Nullable;

/**
 * What a run of {@link LoadDriver} did.
 *
 * @param succeeded calls that completed normally
 * @param failed calls that failed after all their attempts
 * @param elapsedNanos wall time from the first call to the last answer
 * @param firstFailure the first failure, for the log
 * @author Cocoonmail Team
 */
record LoadResult(long succeeded, long failed, long elapsedNanos, @Nullable String firstFailure) {

	long calls() {
		return this.succeeded + this.failed;
	}

	double perSecond() {
		return this.calls() * 1e9 / this.elapsedNanos;
	}

}
