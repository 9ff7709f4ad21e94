package com.cocoonmail.spring.ratelimit;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Where a shared request budget is kept: a sliding log of the sends of every instance
 * using the same budget key, on the store's own clock, and a pause they all honour. A
 * permit counts as {@link #HOLD} in the future until {@link #correct} sets it to the
 * latest moment its request can have reached Cocoonmail, judged from the answer: a
 * request delayed on its way (a cold connection, a stalled machine) can never crowd the
 * window. Implementations never block the calling thread.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 * @see SharedBudgetPacer
 */
public interface BudgetStore {

	/**
	 * How long a permit counts as in the future until its request's answer corrects it;
	 * an instance that dies with requests in flight holds their places for this long.
	 */
	Duration HOLD = Duration.ofSeconds(5);

	/**
	 * How soon to ask again when the window is full of permits whose requests are not
	 * answered yet.
	 */
	Duration HELD_RETRY = Duration.ofMillis(10);

	/**
	 * Take one permit to send now if fewer than the limit were taken in the last window
	 * and no pause is in force, else say how long to wait before asking again.
	 * @return the decision, never empty
	 */
	Mono<BudgetDecision> acquire();

	/**
	 * Set a permit's time to the latest moment its request can have reached Cocoonmail,
	 * so that the window counts from the arrival. Nothing happens when the permit has
	 * already left the log.
	 * @param permit the permit
	 * @param latestArrival how long after the permit's store time the request can have
	 * arrived, zero when within the window's margin
	 * @return completes when the store has recorded it
	 */
	Mono<Void> correct(BudgetPermit permit, Duration latestArrival);

	/**
	 * Pause every instance: no permit is granted until the store's clock has advanced by
	 * the given duration (a longer pause already in force is kept).
	 * @param pause how long to pause, zero only to check the store is reachable
	 * @return completes when the store has recorded it
	 */
	Mono<Void> pause(Duration pause);

	/**
	 * Return a short, non-secret name of the store, such as {@code redis}.
	 * @return the name
	 */
	String name();

}
